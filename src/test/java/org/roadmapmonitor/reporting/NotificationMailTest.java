package org.roadmapmonitor.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.roadmapmonitor.identity.UserDirectory;
import org.roadmapmonitor.reporting.workflow.ReportAction;
import org.roadmapmonitor.reporting.workflow.ReportState;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import tools.jackson.databind.json.JsonMapper;

/** When an SMTP server is configured, the people who must act next also get an e-mail. */
@IntegrationTest
class NotificationMailTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDirectory users;

    @Autowired
    JsonMapper json;

    @Autowired
    MessageSource messages;

    @Autowired
    org.roadmapmonitor.framework.FrameworkCatalogue frameworks;

    @Autowired
    org.roadmapmonitor.jurisdiction.JurisdictionDirectory jurisdictions;

    @Test
    void aSubmittedReportIsMailedToTheJurisdictionsApprover() {
        JavaMailSender sender = mock(JavaMailSender.class);
        var beans = new StaticListableBeanFactory();
        beans.addBean("mail", sender);
        var notifications = new Notifications(
                jdbc,
                users,
                json,
                Clock.systemUTC(),
                messages,
                beans.getBeanProvider(JavaMailSender.class),
                "roadmap@example.org",
                frameworks,
                jurisdictions);

        notifications.mail(new ReportTransitioned(
                1,
                "WB-SALW-ROADMAP",
                "RS",
                "2025",
                ReportAction.SUBMIT,
                ReportState.DRAFT,
                ReportState.AWAITING_APPROVAL,
                "editor.rs@demo",
                null));

        var sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(sender).send(sent.capture());
        assertThat(sent.getValue().getTo()).containsExactly("approver.rs@demo");
        assertThat(sent.getValue().getFrom()).isEqualTo("roadmap@example.org");
        assertThat(sent.getValue().getSubject())
                .contains("Western Balkans SALW Control Roadmap")
                .contains("Serbia")
                .contains("approval");
        assertThat(sent.getValue().getText()).contains("/reports/1");
    }
}
