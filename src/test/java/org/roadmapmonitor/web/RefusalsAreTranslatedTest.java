package org.roadmapmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No refusal carries a sentence written into the code: every exception a user can see and every problem
 * is built from a message key (which {@link MessagesTest} finds in every language). Scans the source of
 * every {@code new …Exception(…)}, {@code Problem.at(…)} and {@code new Problem(…)}.
 */
class RefusalsAreTranslatedTest {
    /** Programming errors that no user sees: they end as the generic "something went wrong" page. */
    private static final Set<String> INTERNAL = Set.of(
            "IllegalStateException",
            "IllegalArgumentException",
            "UncheckedIOException",
            "UnsupportedOperationException",
            "UsernameNotFoundException",
            "ArithmeticException",
            "SQLException");

    private static final Pattern CALL =
            Pattern.compile("new\\s+(\\w+Exception)\\s*\\(|Problem\\.at\\s*\\(|new\\s+Problem\\s*\\(");
    /** Words with a space between them: "is required", not a key such as "problem.required". */
    private static final Pattern SENTENCE = Pattern.compile("[A-Za-z]\\S*\\s");

    private static final Pattern KEY_LITERAL = Pattern.compile("\"[a-z][A-Za-z0-9-]*(\\.[A-Za-z0-9-]+)+\"");

    @Test
    void noExceptionOrProblemIsWrittenAsASentence() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                var m = CALL.matcher(source);
                while (m.find()) {
                    if (m.group(1) != null && INTERNAL.contains(m.group(1))) {
                        continue;
                    }
                    List<String> args = arguments(source, m.end());
                    for (int i = 0; i < args.size(); i++) {
                        if (i == 0 && isPath(m.group(), args)) {
                            continue;
                        }
                        if (!m.group().contains("Problem") && args.get(i).contains("Problem.at(")) {
                            continue; // the problem inside is scanned as a call of its own
                        }
                        if (literals(args.get(i)).stream()
                                .anyMatch(l -> SENTENCE.matcher(l).find())) {
                            int line = source.substring(0, m.start()).split("\n", -1).length;
                            offences.add(file + ":" + line + " " + args.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(offences)
                .as("refusals written as sentences rather than message keys")
                .isEmpty();
    }

    /** The first argument is where the problem is (a field, "row 3, column date"), not what it is. */
    private static boolean isPath(String call, List<String> args) {
        if (call.startsWith("Problem") || call.contains("Problem")) {
            return args.size() > 1;
        }
        String second = args.size() > 1 ? args.get(1).strip() : "";
        return KEY_LITERAL.matcher(second).matches()
                || second.startsWith("texts.get(")
                || second.startsWith("Texts.of(");
    }

    /** The contents of the string literals in a piece of code. */
    static List<String> literals(String code) {
        List<String> found = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (start >= 0 && c == '\\') {
                i++;
            } else if (c == '"') {
                if (start < 0) {
                    start = i + 1;
                } else {
                    found.add(code.substring(start, i));
                    start = -1;
                }
            }
        }
        return found;
    }

    /** The top-level arguments of the call whose opening parenthesis ends at {@code from}. */
    static List<String> arguments(String source, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        var current = new StringBuilder();
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                current.append(c);
                if (c == '\\') {
                    current.append(source.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    args.add(current.toString());
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return args;
    }

    private static List<String> argumentsOf(String call) {
        return arguments(call, call.indexOf('(') + 1);
    }

    @Test
    void theScanSeesASentenceAndLetsAKeyPass() {
        var sentence = argumentsOf("new NotFoundException(\"There is no fund \" + code);");
        var key = argumentsOf("Problem.at(\"row 3, column date\", \"fund.problem.notADate\", text)");
        assertThat(literals(sentence.get(0))).anyMatch(l -> SENTENCE.matcher(l).find());
        assertThat(isPath("Problem.at(", key)).isTrue();
        assertThat(literals(key.get(1))).noneMatch(l -> SENTENCE.matcher(l).find());
        var joined = argumentsOf("new ConflictException(texts.get(\"a.b\", String.join(\", \", x)))");
        assertThat(literals(joined.get(0))).noneMatch(l -> SENTENCE.matcher(l).find());
    }
}
