package factcheck.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import ognl.OgnlContext;
import ognl.OgnlException;
import ognl.OgnlRuntime;
import ognl.PropertyAccessor;

/**
 * Lets template expressions read records ({@code ${claim.rating}}) fast. OGNL, under Thymeleaf,
 * looks for JavaBean getters; a record's accessor {@code rating()} is found only by a slow path
 * that lists and lower-cases every method of the class on each read (a third of a 10,000-claim
 * build's time, measured with JFR). This accessor finds each public no-argument method once per
 * class and keeps it.
 */
final class RecordAccessor implements PropertyAccessor {

    private final ClassValue<Map<String, Method>> methods = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> byName = new HashMap<>();
            for (Method m : type.getMethods()) {
                if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class) {
                    byName.putIfAbsent(m.getName(), m);
                }
            }
            return Map.copyOf(byName);
        }
    };

    /**
     * Installs the accessor for every record, once per process: OGNL keeps accessors in a
     * process-wide table, which must not change while another build renders.
     */
    static void install() {
        Installed.ONCE.hashCode(); // touching the holder class runs its initialiser exactly once
    }

    /** Holder whose class initialisation (thread-safe and run once by the JVM) does the registration. */
    private static final class Installed {
        static final Object ONCE = new Object();

        static {
            OgnlRuntime.setPropertyAccessor(Record.class, new RecordAccessor());
        }
    }

    @Override
    @SuppressWarnings("rawtypes") // OGNL 3.3's interface takes a raw Map
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        Method m = methods.get(target.getClass()).get(String.valueOf(name));
        if (m == null) {
            // The fields there are, so that a mistyped name is fixed without reading the code (docs/templates.md lists them too).
            String fields = java.util.Arrays.stream(target.getClass().getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.joining(", "));
            throw new OgnlException("no property `" + name + "` on " + target.getClass().getSimpleName() + "; its fields: " + fields);
        }
        try {
            return m.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new OgnlException("cannot read `" + name + "` of " + target.getClass().getSimpleName(), e);
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void setProperty(Map context, Object target, Object name, Object value) throws OgnlException {
        throw new OgnlException("records are immutable: cannot set `" + name + "`");
    }

    @Override
    public String getSourceAccessor(OgnlContext context, Object target, Object index) {
        throw new UnsupportedOperationException("no compiled expressions");
    }

    @Override
    public String getSourceSetter(OgnlContext context, Object target, Object index) {
        throw new UnsupportedOperationException("no compiled expressions");
    }
}
