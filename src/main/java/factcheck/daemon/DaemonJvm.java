package factcheck.daemon;

import java.util.List;

/**
 * How a daemon's JVM is started. Unlike a one-shot build (which the launcher runs with C1 alone),
 * a daemon keeps the optimising compiler: it pays for it once and builds with the faster code
 * after. The serial collector with a small initial heap and small free ratios returns memory to the system once a build
 * is over, so an idle daemon holds little.
 */
final class DaemonJvm {

    private DaemonJvm() {}

    static List<String> options() {
        return List.of("-XX:+UseSerialGC", "-Xms32m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
                "-Xshare:auto", "-Djava.awt.headless=true");
    }
}
