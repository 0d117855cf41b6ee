package dev.upkisim.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the simulator's outbox through {@code /sim/mail}, and a mail's text the way a mail client would. */
public final class Outbox {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RunningSimulator sim;

    public Outbox(RunningSimulator sim) {
        this.sim = sim;
    }

    public record Mail(long id, String subject, List<String> to, String kind, Long application, byte[] raw) {
        public String text() {
            try {
                MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
                return firstText(message).replace("\r\n", "\n");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** The first URL in the text that contains {@code marker}. */
        public String url(String marker) {
            Matcher matcher = Pattern.compile("https?://\\S+").matcher(text());
            while (matcher.find()) {
                if (matcher.group().contains(marker)) {
                    return matcher.group();
                }
            }
            throw new AssertionError("no URL with " + marker + " in:\n" + text());
        }

        private static String firstText(Part part) throws Exception {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = firstText(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        }
    }

    public List<Mail> all() {
        try {
            JsonNode list = JSON.readTree(sim.withToken("GET", "/sim/mail", null).body());
            List<Mail> mails = new ArrayList<>();
            for (JsonNode mail : list) {
                List<String> to = new ArrayList<>();
                mail.get("to").forEach(address -> to.add(address.asText()));
                long id = mail.get("id").asLong();
                byte[] raw = RunningSimulator.sendForBytes(HttpClient.newHttpClient(), HttpRequest.newBuilder(
                        sim.http("/sim/mail/" + id + ".eml")).header("Authorization", "Bearer " + RunningSimulator.TOKEN)
                        .build()).body();
                mails.add(new Mail(id, mail.get("subject").asText(), to, mail.get("kind").asText(),
                        mail.get("application").isNull() ? null : mail.get("application").asLong(), raw));
            }
            return mails;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail's first delivery (to the SMTP server or webhook) as {@code /sim/mail} lists it: state, attempts… */
    public JsonNode delivery(long mailId) {
        for (JsonNode mail : SimJson.read(sim, "/sim/mail")) {
            if (mail.get("id").asLong() == mailId) {
                return mail.get("deliveries").get(0);
            }
        }
        throw new AssertionError("no mail " + mailId);
    }

    /** Waits for a mail to {@code recipient} whose subject contains {@code subject}. */
    public Mail await(String recipient, String subject) {
        return Eventually.await("a mail '" + subject + "' to " + recipient, () -> find(recipient, subject));
    }

    /** Waits for a mail to {@code recipient} whose subject contains {@code subject} and that passes {@code also}. */
    public Mail await(String recipient, String subject, java.util.function.Predicate<Mail> also) {
        return Eventually.await("a mail '" + subject + "' to " + recipient, () -> all().stream()
                .filter(mail -> mail.to().contains(recipient) && mail.subject().contains(subject) && also.test(mail))
                .findFirst());
    }

    public Optional<Mail> find(String recipient, String subject) {
        return all().stream().filter(mail -> mail.to().contains(recipient) && mail.subject().contains(subject)).findFirst();
    }
}
