package factcheck.daemon;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * How freely the daemon's heap grows: as the JVM's defaults have it during a build, tightly
 * between builds. The daemon starts with small free ratios (see {@link DaemonJvm}) so that the
 * collections after a build give memory back; kept during a build, they held the heap so close
 * to what it held that a 10,000-claim build collected some 75 times and fully 3 times, a fifth
 * of its time. Both ratios can be changed while the JVM runs.
 */
final class HeapPolicy {

    private static final String MIN = "MinHeapFreeRatio";
    private static final String MAX = "MaxHeapFreeRatio";

    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    /** Before a build: grow as a JVM of its own would (the defaults, 40% and 70% free). */
    void building() {
        set(MAX, 70); // the maximum first: the minimum may never exceed it
        set(MIN, 40);
    }

    /** After a build: the next collections shrink the heap to what it holds and 30% more. */
    void between() {
        set(MIN, 10);
        set(MAX, 30);
    }

    private void set(String option, int percent) {
        try {
            vm.setVMOption(option, Integer.toString(percent));
        } catch (IllegalArgumentException | SecurityException e) {
            // another JVM without these options: it keeps its own policy
        }
    }
}
