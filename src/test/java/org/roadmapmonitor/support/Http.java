package org.roadmapmonitor.support;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small HTTP client for tests through the real server: API calls with Basic or bearer credentials, and a
 * browser-like session (cookies, CSRF token from the page) for form posts.
 */
public final class Http {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private final CookieManager cookies;
    private String authorization;

    private Http(String base, HttpClient client, CookieManager cookies) {
        this.base = base;
        this.client = client;
        this.cookies = cookies;
    }

    public static Http api(int port) {
        return new Http("http://localhost:" + port, HttpClient.newBuilder().build(), null);
    }

    /** Keeps cookies like a browser, so that form sign-in and CSRF tokens work. */
    public static Http browser(int port) {
        var cookies = new CookieManager();
        return new Http(
                "http://localhost:" + port,
                HttpClient.newBuilder().cookieHandler(cookies).build(),
                cookies);
    }

    /** The value of a cookie this browser-like client holds, if it holds one. */
    public java.util.Optional<String> cookie(String name) {
        return cookies == null
                ? java.util.Optional.empty()
                : cookies.getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals(name))
                        .map(java.net.HttpCookie::getValue)
                        .findFirst();
    }

    public Http basic(String user, String password) {
        authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public Http bearer(String token) {
        authorization = "Bearer " + token;
        return this;
    }

    public Http anonymous() {
        authorization = null;
        return this;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public HttpResponse<String> send(String method, String path, String json, String... headers) {
        var body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        var builder = request(path, headers).method(method, body);
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder);
    }

    public HttpResponse<String> post(String path, String json, String... headers) {
        return send("POST", path, json, headers);
    }

    public HttpResponse<String> put(String path, String json, String... headers) {
        return send("PUT", path, json, headers);
    }

    public HttpResponse<String> sendRaw(String path, String contentType, String body, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST whose body is streamed from a file (large uploads without holding them in memory). */
    public HttpResponse<String> postFileBody(String path, String contentType, Path file, String... headers) {
        try {
            return send(request(path, headers)
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofFile(file)));
        } catch (FileNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A multipart/form-data POST with one file field ("file") and optional text fields. */
    public HttpResponse<String> postFile(
            String path, String fileName, byte[] content, Map<String, String> fields, String... headers) {
        String boundary = "----roadmap" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        try {
            for (var f : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                                + f.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(request(path, headers)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form the way a page does: with the CSRF token read from the given page. */
    public HttpResponse<String> submit(String pagePath, String actionPath, Map<String, String> fields) {
        var page = get(pagePath);
        var m = CSRF.matcher(page.body());
        var all = new LinkedHashMap<>(fields);
        if (m.find()) {
            all.put("_csrf", m.group(1));
        }
        return postForm(actionPath, all);
    }

    public HttpResponse<String> postForm(String actionPath, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(actionPath)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> signIn(String email, String password) {
        return submit("/login", "/login", Map.of("username", email, "password", password));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        var b = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
