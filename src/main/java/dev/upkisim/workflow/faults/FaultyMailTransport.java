package dev.upkisim.workflow.faults;

import dev.upkisim.mail.DeliveryException;
import dev.upkisim.mail.MailTransport;
import java.util.List;

/**
 * A mail transport that first asks the fault rules (stage {@code mail-delivery}): a fired rule makes this delivery
 * attempt fail as a temporary failure — as an SMTP 4xx would — so the outbox's {@code RetryPolicy} delivers the mail
 * again later; the outbox copy stays either way (SPEC 1.4).
 */
public final class FaultyMailTransport implements MailTransport {
    private final MailTransport transport;
    private final FaultInjector faults;

    public FaultyMailTransport(MailTransport transport, FaultInjector faults) {
        this.transport = transport;
        this.faults = faults;
    }

    @Override
    public void deliver(byte[] rawMessage, List<String> recipients) throws DeliveryException {
        try {
            faults.atStage(FaultStage.MAIL_DELIVERY, StageSubject.mail(recipients, transport.describe()));
        } catch (InjectedFault fault) {
            throw new DeliveryException(DeliveryException.Kind.TEMPORARY, transport.describe(), fault.getMessage(), fault);
        }
        transport.deliver(rawMessage, recipients);
    }

    @Override
    public String describe() {
        return transport.describe();
    }
}
