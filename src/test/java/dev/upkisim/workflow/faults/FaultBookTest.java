package dev.upkisim.workflow.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.clock.ClockState;
import dev.upkisim.clock.SimClock;
import dev.upkisim.core.EventQuery;
import dev.upkisim.core.RecordedEvent;
import dev.upkisim.store.ControlStore;
import dev.upkisim.store.Database;
import dev.upkisim.store.EventStore;
import dev.upkisim.support.MutableClock;
import dev.upkisim.workflow.events.Timeline;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules, their counters and their persistence, on a fresh SQLite file per test. */
class FaultBookTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = 20260304L;
    private static final HttpFaultRequest UPLOAD = new HttpFaultRequest("upki", "POST", "/upki-odcert/lra/SP1011.do",
            null, "example-u");
    @TempDir
    Path directory;
    private final List<Database> opened = new ArrayList<>();
    private final SimClock clock = new SimClock(new MutableClock(Instant.parse("2026-11-26T00:00:00Z")),
            ClockState.realTime(Instant.parse("2026-11-26T00:00:00Z")));

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    private Database database(String name) {
        Database database = Database.open(directory.resolve(name));
        opened.add(database);
        return database;
    }


    private FaultBook book(Database database) {
        return FaultBook.load(database, new ControlStore(), new Timeline(database, new EventStore(), clock), SEED);
    }

    private static FaultRule rule(String json) {
        try {
            return FaultRuleParser.trusting().parse(JSON.readTree(json.replace('\'', '"')));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void rulesGetIdsFromOneAndClearingStartsThemAgain() {
        FaultBook book = book(database("ids.db"));
        assertEquals(1, book.add(rule("{'match': {'face': 'upki'}, 'action': {'type': 'reset'}}")).rule().id());
        assertEquals(2, book.add(rule("{'match': {'face': 'jupki'}, 'action': {'type': 'reset'}}")).rule().id());
        assertTrue(book.remove(1));
        assertFalse(book.remove(1), "already gone");
        assertEquals(3, book.add(rule("{'match': {'face': 'repo'}, 'action': {'type': 'reset'}}")).rule().id(),
                "ids are not reused while rules remain");
        assertEquals(2, book.clear());
        assertTrue(book.isEmpty());
        assertEquals(1, book.add(rule("{'match': {'face': 'repo'}, 'action': {'type': 'reset'}}")).rule().id());
    }

    @Test
    void eachRuleCountsWhenItWasConsideredAndWhenItFired() {
        FaultBook book = book(database("counts.db"));
        var injector = new FaultInjector(book);
        book.add(rule("{'match': {'face': 'upki'}, 'trigger': {'type': 'next', 'count': 2}, 'action': {'type': 'status', 'status': 503}}"));
        book.add(rule("{'match': {'face': 'jupki'}, 'action': {'type': 'reset'}}"));
        List<Boolean> ended = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ended.add(injector.forRequest(UPLOAD).ending().isPresent());
        }
        assertEquals(List.of(true, true, false, false), ended);
        assertEquals(4, book.find(1).orElseThrow().considered());
        assertEquals(2, book.find(1).orElseThrow().fired());
        assertEquals(0, book.find(2).orElseThrow().considered(), "the portal rule never fitted an NII request");
    }

    @Test
    void delaysAddUpAndLetLaterRulesActButAnEndingRuleStopsTheEvaluation() {
        FaultBook book = book(database("order.db"));
        var injector = new FaultInjector(book);
        book.add(rule("{'match': {'face': 'upki'}, 'action': {'type': 'delay', 'duration': 'PT1S'}}"));
        book.add(rule("{'match': {'path': '/upki-odcert/*'}, 'action': {'type': 'delay', 'duration': 'PT0.5S'}}"));
        book.add(rule("{'match': {'face': 'upki'}, 'action': {'type': 'status', 'status': 500}}"));
        book.add(rule("{'match': {'face': 'upki'}, 'action': {'type': 'reset'}}"));
        FaultDecision decision = injector.forRequest(UPLOAD);
        assertEquals(Duration.ofMillis(1500), decision.delay());
        assertEquals(new FaultAction.Status(500), decision.ending().orElseThrow());
        assertEquals(List.of(1L, 2L, 3L), decision.firings().stream().map(firing -> firing.rule().id()).toList());
        assertEquals(0, book.find(4).orElseThrow().considered(), "not considered after the status ended the request");
    }

    @Test
    void rulesAndTheirCountersSurviveARestart() {
        Database database = database("restart.db");
        FaultBook before = book(database);
        before.add(rule("{'match': {'face': 'upki'}, 'trigger': {'type': 'next', 'count': 2}, 'action': {'type': 'status', 'status': 503}}"));
        before.add(rule("{'match': {'stage': 'mail-delivery', 'recipient': 'taro@example.ac.jp'}, 'action': {'type': 'fail', 'message': 'x'}}"));
        new FaultInjector(before).forRequest(UPLOAD);
        new FaultInjector(before).forRequest(UPLOAD);

        FaultBook after = book(database);
        assertEquals(before.reports(), after.reports());
        assertTrue(new FaultInjector(after).forRequest(UPLOAD).ending().isEmpty(), "the next 2 were spent before the restart");
        assertEquals(3, after.add(rule("{'match': {'face': 'rp'}, 'action': {'type': 'reset'}}")).rule().id());
    }

    @Test
    void aStageFaultThrowsAndIsATimelineEventWithTheApplicationAndInstitution() {
        Database database = database("events.db");
        FaultBook book = book(database);
        book.add(rule("{'match': {'stage': 'nii-to-ca'}, 'trigger': {'type': 'next', 'count': 1}, 'action': {'type': 'fail'}}"));
        var injector = new FaultInjector(book);
        InjectedFault fault = assertThrows(InjectedFault.class,
                () -> injector.atStage(FaultStage.NII_TO_CA, StageSubject.application(12, "example-u")));
        assertEquals("fault rule 1 made the NII → CA step fail on purpose for application 12", fault.getMessage());
        injector.atStage(FaultStage.NII_TO_CA, StageSubject.application(12, "example-u")); // the retry goes through

        List<RecordedEvent> events = new Timeline(database, new EventStore(), clock).list(
                new EventQuery(null, "fault", null, null, null, 0, 100));
        assertEquals(List.of("fault.added", "fault.fired"), events.stream().map(event -> event.event().kind()).toList());
        var fired = events.get(1).event();
        assertEquals("upki", fired.face());
        assertEquals(12L, fired.applicationId());
        assertEquals("example-u", fired.institution());
        assertTrue(fired.reason().startsWith("Fault rule 1 fired at the NII → CA step for application 12: fail the attempt"),
                fired.reason());
    }

    @Test
    void theSameSeedAndRequestsGiveTheSameFaultsAndAnotherSeedOthers() {
        String json = "{'match': {'face': 'upki'}, 'trigger': {'type': 'probability', 'p': 0.5}, 'action': {'type': 'status', 'status': 503}}";
        List<List<Boolean>> runs = new ArrayList<>();
        for (long seed : new long[] {SEED, SEED, SEED + 1}) {
            FaultBook book = FaultBook.load(database("seed-" + runs.size() + ".db"), new ControlStore(),
                    new Timeline(opened.get(opened.size() - 1), new EventStore(), clock), seed);
            book.add(rule(json));
            var injector = new FaultInjector(book);
            List<Boolean> outcomes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                outcomes.add(injector.forRequest(UPLOAD).ending().isPresent());
            }
            runs.add(outcomes);
        }
        assertEquals(runs.get(0), runs.get(1));
        assertNotEquals(runs.get(0), runs.get(2));
    }

    @Test
    void aScenariosRulesReplaceEveryRuleInItsTransactionWithIdsFromOneAndCountersAtZero() {
        Database database = database("scenario.db");
        FaultBook book = book(database);
        book.add(rule("{'match': {'face': 'upki'}, 'trigger': {'type': 'next', 'count': 1}, 'action': {'type': 'reset'}}"));
        book.add(rule("{'match': {'face': 'jupki'}, 'action': {'type': 'reset'}}"));
        new FaultInjector(book).forRequest(UPLOAD);
        assertEquals(1, book.find(1).orElseThrow().fired());

        FaultRule stage = rule("{'match': {'stage': 'nii-to-ca'}, 'trigger': {'type': 'next', 'count': 1}, 'action': {'type': 'fail'}}");
        FaultRule mail = rule("{'match': {'stage': 'mail-delivery'}, 'trigger': {'type': 'next', 'count': 2}, 'action': {'type': 'fail'}}");
        assertThrows(IllegalStateException.class, () -> database.write(tx -> {
            book.replaceIn(tx, List.of(stage), "broken", true);
            throw new IllegalStateException("the scenario's transaction fails");
        }, Runnable::run));
        assertEquals(2, book.reports().size(), "a rolled-back scenario changed nothing");

        database.write(tx -> book.replaceIn(tx, List.of(stage, mail), "slow-day", true), Runnable::run);
        assertEquals(List.of("1 0 0 stage nii-to-ca", "2 0 0 stage mail-delivery"), summary(book));
        assertEquals(summary(book), summary(book(database)), "saved as it is in force");
        assertEquals(3, book.add(rule("{'match': {'face': 'rp'}, 'action': {'type': 'reset'}}")).rule().id(),
                "a later change starts from the scenario's rules");
        List<String> reasons = new Timeline(database, new EventStore(), clock)
                .list(new EventQuery(null, "fault", null, null, null, 0, 100)).stream()
                .map(event -> event.event().kind() + ": " + event.event().reason()).toList();
        assertTrue(reasons.contains("fault.cleared: All fault rules removed (2) by scenario slow-day."), reasons.toString());
        assertTrue(reasons.stream().anyMatch(reason -> reason.startsWith("fault.added: Fault rule 2 (stage mail-delivery")
                && reason.endsWith("added by scenario slow-day.")), reasons.toString());
        assertTrue(reasons.stream().noneMatch(reason -> reason.contains("broken")), reasons.toString());

        database.write(tx -> book.replaceIn(tx, List.of(), "instant", false), Runnable::run);
        assertTrue(book.isEmpty());
        assertEquals(reasons.size(), new Timeline(database, new EventStore(), clock)
                .list(new EventQuery(null, "fault", null, null, null, 0, 100)).size(), "quiet when told to be (a reset)");
    }

    private static List<String> summary(FaultBook book) {
        return book.reports().stream().map(report -> report.rule().id() + " " + report.considered() + " " + report.fired()
                + " " + report.rule().match().describe()).toList();
    }
}
