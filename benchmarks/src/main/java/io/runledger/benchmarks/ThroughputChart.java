package io.runledger.benchmarks;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws append throughput against concurrency, one line per series, as a PNG. The input is a CSV
 * with a header and the columns {@code series,concurrency,appends_per_s} (bench/run.sh writes one).
 *
 * <p>Usage: {@code ThroughputChart IN.csv OUT.png "title"}.
 */
public final class ThroughputChart {
    private ThroughputChart() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ThroughputChart IN.csv OUT.png TITLE");
        }
        draw(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8), Path.of(args[1]), args[2]);
    }

    /** Writes the chart of {@code csv} (header line first) to {@code png}. */
    static void draw(List<String> csv, Path png, String title) throws IOException {
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        for (String line : csv.subList(1, csv.size())) {
            String[] cells = line.split(",");
            if (cells.length < 3 || cells[2].isBlank()) {
                continue;
            }
            series.computeIfAbsent(cells[0], k -> new ArrayList<>())
                    .add(new double[] {Double.parseDouble(cells[1]), Double.parseDouble(cells[2])});
        }
        XYChart chart = new XYChartBuilder().width(800).height(480).title(title)
                .xAxisTitle("concurrent clients").yAxisTitle("durable appends per second").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        series.forEach((name, points) -> chart.addSeries(name,
                points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray()).setMarker(SeriesMarkers.CIRCLE));
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
