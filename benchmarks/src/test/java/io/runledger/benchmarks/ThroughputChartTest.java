package io.runledger.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThroughputChartTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

    @Test
    void theBenchmarkCsvBecomesAPng(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("chart.png");
        ThroughputChart.draw(List.of("backend,connections,append_rps", "sqlite,1,300", "sqlite,4,900",
                "json,1,1000", "json,4,", "json,16,4000"), png, "appends");
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(png), 4));
    }
}
