package org.roadmapmonitor.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.reporting.Notifications;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Owners are reminded before and after an action point's due date, in the app and in a daily e-mail digest
 * sent through a real SMTP server (GreenMail); each day runs once, whichever node asks, and a user who
 * switched the digest off gets no e-mail.
 */
@IntegrationTest
class RemindersMailTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MessageSource messages;

    @Autowired
    ApplicationEventPublisher events;

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    /** One node of the platform, with e-mail configured to the test's SMTP server. */
    private Reminders node() {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        var beans = new StaticListableBeanFactory();
        beans.addBean("mail", sender);
        return new Reminders(
                jdbc,
                notifications,
                transactions,
                beans.getBeanProvider(JavaMailSender.class),
                messages,
                events,
                Clock.systemUTC(),
                "roadmap@example.org");
    }

    private List<MimeMessage> mailTo(String address) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void ownersAreRemindedBeforeAndAfterTheDueDateOnceInADigestTheyCanSwitchOff() throws Exception {
        var editor = Http.browser(port);
        editor.signIn("editor.rs@demo", "demo");
        editor.submit("/account/calendar", "/account/digest", Map.of("on", "false"));
        var api = Http.api(port).basic("editor.rs@demo", "demo");
        long meeting = JSON.readTree(api.post("/api/v1/meetings", """
                        {"type": "LOCAL_COORDINATION", "title": "LCM RS reminders (test)", "start": "2123-04-01T10:00",
                         "end": "2123-04-01T12:00", "timeZone": "Europe/Belgrade", "jurisdiction": "RS"}""").body())
                .get("id")
                .asLong();
        for (String owner : new String[] {"approver.rs@demo", "editor.rs@demo"}) {
            var created = api.post("/api/v1/meetings/" + meeting + "/action-points", """
                    {"title": "Reminded point of %s (test)", "owner": "%s", "due": "2123-05-10"}""".formatted(owner, owner));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }

        Reminders node = node();
        assertThat(node.run(LocalDate.parse("2123-05-06")).reminders())
                .as("too early")
                .isZero();
        // That first run may have mailed the demo's own notifications of the day; count from here.
        int before = mailTo("approver.rs@demo").size();
        assertThat(node.run(LocalDate.parse("2123-05-08")).reminders()).isEqualTo(2);
        assertThat(node.run(LocalDate.parse("2123-05-08")).ran())
                .as("the same day again")
                .isFalse();
        assertThat(node.run(LocalDate.parse("2123-05-09")).reminders())
                .as("each reminder once")
                .isZero();

        List<MimeMessage> all = mailTo("approver.rs@demo");
        List<MimeMessage> approver = all.subList(before, all.size());
        assertThat(approver).hasSize(1);
        assertThat(approver.get(0).getSubject()).contains("daily digest");
        assertThat(GreenMailUtil.getBody(approver.get(0)))
                .contains("Action point due soon: Reminded point of approver.rs@demo (test) (due 2123-05-10)")
                .contains("/action-points/mine");
        assertThat(mailTo("editor.rs@demo")).as("switched the digest off").isEmpty();
        assertThat(jdbc.sql("""
                        select count(*) from notification n join app_user u on u.id = n.user_id
                        where u.email = 'editor.rs@demo' and n.message_key = 'coordination.reminder.before'
                          and n.args::text like '%Reminded point of editor.rs@demo (test)%'""").query(Long.class).single())
                .as("in the app even without the digest")
                .isEqualTo(1);

        assertThat(node.run(LocalDate.parse("2123-05-11")).reminders())
                .as("overdue")
                .isEqualTo(2);
        assertThat(mailTo("approver.rs@demo")).hasSize(before + 2);
        assertThat(GreenMailUtil.getBody(mailTo("approver.rs@demo").get(before + 1)))
                .contains("Action point overdue: Reminded point of approver.rs@demo (test)")
                .doesNotContain("due soon");
        assertThat(node.run(LocalDate.parse("2123-05-12")).reminders()).isZero();
    }

    @Test
    void twoNodesAskingForTheSameDayRunItOnce() throws Exception {
        Reminders one = node();
        Reminders two = node();
        LocalDate day = LocalDate.parse("2124-02-02");
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Reminders.Run>> both = List.of(() -> one.run(day), () -> two.run(day));
            long ran = 0;
            for (var f : pool.invokeAll(both)) {
                ran += f.get().ran() ? 1 : 0;
            }
            assertThat(ran).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from reminder_run where day = ?")
                        .param(java.sql.Date.valueOf(day))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
