package io.runledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.RunId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {

    @Test
    void idsWithinOneMillisecondSortInGenerationOrder() {
        IdGenerator ids = new IdGenerator(new TestClock("2024-01-01T00:00:00Z"));
        String previous = ids.next();
        for (int i = 0; i < 10_000; i++) {
            String next = ids.next();
            assertTrue(next.compareTo(previous) > 0, previous + " then " + next);
            previous = next;
        }
    }

    @Test
    void idsStayOrderedWhenTheClockStepsBack() {
        TestClock clock = new TestClock("2024-01-01T00:00:01Z");
        IdGenerator ids = new IdGenerator(clock);
        String first = ids.next();
        clock.advance(Duration.ofSeconds(-1));
        assertTrue(ids.next().compareTo(first) > 0);
    }

    @Test
    void idsAreUlidsThatFollowTheIdRule() {
        TestClock clock = new TestClock("2024-01-01T00:00:00Z");
        String id = new IdGenerator(clock).next();
        assertEquals(26, id.length());
        assertTrue(id.matches("[0-7][0-9A-HJKMNP-TV-Z]{25}"), id);
        assertEquals(id, new RunId(id).value());
        long millis = 0;
        for (char c : id.substring(0, 10).toCharArray()) {
            millis = millis * 32 + "0123456789ABCDEFGHJKMNPQRSTVWXYZ".indexOf(c);
        }
        assertEquals(clock.millis(), millis);
    }

    @Test
    void laterMillisecondsSortLater() {
        TestClock clock = new TestClock("2024-01-01T00:00:00Z");
        IdGenerator ids = new IdGenerator(clock, new Random(1));
        String early = ids.next();
        clock.advance(Duration.ofMillis(1));
        assertTrue(ids.next().compareTo(early) > 0);
    }

    @Test
    void randomPartCarriesAcrossItsLow64Bits() {
        Random allOnes = new Random() {
            private static final long serialVersionUID = 1L;

            @Override
            public long nextLong() {
                return -1L;
            }
        };
        IdGenerator ids = new IdGenerator(new TestClock("2024-01-01T00:00:00Z"), allOnes);
        String first = ids.next();
        String second = ids.next();
        assertTrue(second.compareTo(first) > 0, first + " then " + second);
    }

    @Test
    void concurrentCallersNeverGetTheSameId() throws InterruptedException {
        IdGenerator ids = new IdGenerator(new TestClock("2024-01-01T00:00:00Z"));
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Runnable> tasks = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            tasks.add(() -> {
                for (int i = 0; i < 5_000; i++) {
                    seen.add(ids.next());
                }
            });
        }
        tasks.forEach(pool::execute);
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(20_000, seen.size());
    }
}
