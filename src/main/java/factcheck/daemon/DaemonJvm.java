package factcheck.daemon;

import java.util.List;

/**
 * How a daemon's JVM is started. Unlike a one-shot build (which the launcher runs with C1 alone),
 * a daemon keeps the optimising compiler: it pays for it once and builds with the faster code
 * after. The serial collector with a small initial heap and small free ratios returns memory to the system once a build
 * is over, so an idle daemon holds little ({@link HeapPolicy} loosens the ratios during a build). A young
 * generation as large as the old (NewRatio=1) and promotion after one young collection
 * (MaxTenuringThreshold=1, as for a one-shot build) took a warm 10,000-claim build's collections
 * from about 0.5 s (75 young, 3 full) to 0.3 s (26 young, 1 full), for 80 MB more at its peak.
 */
final class DaemonJvm {

    private DaemonJvm() {}

    static List<String> options() {
        return List.of("-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=1", "-XX:NewRatio=1", "-Xms32m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
                "-Xshare:auto", "-Djava.awt.headless=true");
    }
}
