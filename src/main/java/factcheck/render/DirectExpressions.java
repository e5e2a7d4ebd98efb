package factcheck.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.util.ExpressionUtils;

/**
 * Evaluates the plainest variable expressions itself, and hands every other one to OGNL.
 *
 * <p>Why not OGNL for all: Thymeleaf evaluates {@code ${a.b.c}} without OGNL only when every step
 * is a JavaBean getter. Our views are records (read through {@link RecordAccessor}), so every
 * expression went through OGNL's full evaluation: a fresh context, access checks and reflective
 * lookups on each read, a fifth of a cold 10,000-claim build (measured with JFR). This class
 * takes exactly the form Thymeleaf's own shortcut takes, extended to records and to method calls
 * whose arguments are string literals or such chains:
 *
 * <pre>  variable(.name | .name(arg, ...))*     arg: 'text' or a chain</pre>
 *
 * Operators belong outside the braces ({@code ${a} == 'x' ? ... : ...}), where Thymeleaf's own
 * expression language applies them. Anything else, and any step that would not simply succeed
 * here (a null on the way, a map, an unknown name, a method that throws), is evaluated by OGNL
 * from the start, so results and error messages are OGNL's whenever this class is not sure.
 */
final class DirectExpressions implements IStandardVariableExpressionEvaluator {

    private final IStandardVariableExpressionEvaluator ognl;
    /** Each expression text, parsed; {@link #NOT_DIRECT} for those OGNL evaluates. */
    private final Map<String, Chain> parsed = new ConcurrentHashMap<>();
    private final ClassValue<Map<String, Method>> methods = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** What a step gives when it cannot simply be taken here: then OGNL evaluates the whole expression. */
    private static final Object UNDECIDED = new Object();

    /** One step after the variable: a property, or a method call when {@code args} is not null. */
    private record Step(String name, List<Object> args) {}

    /** A variable followed by steps; an argument is a {@link String} literal or a {@code Chain}. */
    private record Chain(String variable, List<Step> steps) {}

    private static final Chain NOT_DIRECT = new Chain("", List.of());

    DirectExpressions() {
        this(new OGNLVariableExpressionEvaluator(true));
    }

    /** Tests: {@code ognl} sees the expressions this class does not evaluate itself. */
    DirectExpressions(IStandardVariableExpressionEvaluator ognl) {
        this.ognl = ognl;
    }

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression, StandardExpressionExecutionContext expContext) {
        String text = expression.getExpression();
        // Restricted (links, attributes, fragment parameters): a chain creates nothing and names no
        // class, so only the request parameters (`param`) stay forbidden, and OGNL says so.
        boolean restricted = expContext.getRestrictVariableAccess() || expContext.getRestrictInstantiationAndStatic();
        Chain chain = expression.getUseSelectionAsRoot() || (restricted && text.contains("param"))
                ? NOT_DIRECT
                : parsed.computeIfAbsent(text, DirectExpressions::parse);
        if (chain == NOT_DIRECT) return ognl.evaluate(context, expression, expContext);
        Object result = value(chain, context);
        if (result == UNDECIDED) return ognl.evaluate(context, expression, expContext);
        return expContext.getPerformTypeConversion()
                ? StandardExpressions.getConversionService(context.getConfiguration()).convert(context, result, String.class)
                : result;
    }

    /** The chain's value, or {@link #UNDECIDED}. */
    private Object value(Chain chain, IContext context) {
        Object target = context.getVariable(chain.variable());
        for (Step step : chain.steps()) {
            if (target == null || target instanceof Class) return UNDECIDED; // OGNL's own rules
            if (step.args() == null) {
                if (target instanceof Map) return UNDECIDED; // a key or a property: OGNL's rules
                target = invoke(property(target, step.name()), target);
            } else {
                Object[] args = new Object[step.args().size()];
                for (int i = 0; i < args.length; i++) {
                    Object arg = step.args().get(i);
                    args[i] = arg instanceof Chain c ? value(c, context) : arg;
                    if (args[i] == UNDECIDED) return UNDECIDED;
                }
                target = invoke(method(target, step.name(), args.length), target, args);
            }
            if (target == UNDECIDED) return UNDECIDED;
        }
        return target;
    }

    private static Object invoke(Method method, Object target, Object... args) {
        if (method == null) return UNDECIDED;
        try {
            return method.invoke(target, args);
        } catch (IllegalAccessException | IllegalArgumentException | InvocationTargetException e) {
            return UNDECIDED;
        }
    }

    /** A record's component (as {@link RecordAccessor} reads it) or a JavaBean getter, as OGNL finds it; null if neither. */
    private Method property(Object target, String name) {
        Class<?> type = target.getClass();
        return methods.get(type).computeIfAbsent("." + name, k -> {
            if (target instanceof Record) return callable(type, name, 0);
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            Method getter = callable(type, "get" + capitalised, 0);
            if (getter == null) {
                getter = callable(type, "is" + capitalised, 0);
                if (getter != null && getter.getReturnType() != boolean.class && getter.getReturnType() != Boolean.class) getter = null;
            }
            return getter != null && ExpressionUtils.isMemberAllowed(target, getter.getName()) ? getter : null;
        });
    }

    /**
     * Thymeleaf's list of what templates may not call (reflection, class loaders, processes...)
     * is checked once per class and name: it depends on nothing else for an instance.
     */
    private Method method(Object target, String name, int arity) {
        Class<?> type = target.getClass();
        return methods.get(type).computeIfAbsent(name + "/" + arity,
                k -> ExpressionUtils.isMemberAllowed(target, name) ? callable(type, name, arity) : null);
    }

    /**
     * The one public instance method of that name and number of parameters, as declared by a
     * public class or interface (so that, say, an immutable list's {@code size()} is called
     * through {@code List}); null when there is none, or several to choose from (OGNL chooses).
     */
    private static Method callable(Class<?> type, String name, int arity) {
        Method found = null;
        for (Method m : type.getMethods()) {
            if (!m.getName().equals(name) || m.getParameterCount() != arity || Modifier.isStatic(m.getModifiers())) continue;
            if (found != null && !sameSignature(found, m)) return null;
            if (found == null) found = m;
        }
        return found == null ? null : inPublicType(type, found);
    }

    private static boolean sameSignature(Method a, Method b) {
        return java.util.Arrays.equals(a.getParameterTypes(), b.getParameterTypes());
    }

    private static Method inPublicType(Class<?> type, Method m) {
        if (Modifier.isPublic(m.getDeclaringClass().getModifiers()) || m.getDeclaringClass().getPackageName().startsWith("factcheck.")) return m;
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Method inInterface = inInterfaces(c, m);
            if (inInterface != null) return inInterface;
        }
        return null;
    }

    private static Method inInterfaces(Class<?> c, Method m) {
        for (Class<?> i : c.getInterfaces()) {
            if (Modifier.isPublic(i.getModifiers())) {
                try {
                    return i.getMethod(m.getName(), m.getParameterTypes());
                } catch (NoSuchMethodException e) {
                    // not declared here: look further up
                }
            }
            Method up = inInterfaces(i, m);
            if (up != null) return up;
        }
        return null;
    }

    // ---- parsing: the expression's text, or NOT_DIRECT when it is anything more than a chain

    private static Chain parse(String expression) {
        Parser p = new Parser(expression.strip());
        Chain chain = p.chain();
        return chain != null && p.atEnd() ? chain : NOT_DIRECT;
    }

    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return i == s.length();
        }

        Chain chain() {
            String variable = identifier();
            if (variable == null) return null;
            List<Step> steps = new ArrayList<>();
            while (i < s.length() && s.charAt(i) == '.') {
                i++;
                String name = identifier();
                if (name == null) return null;
                List<Object> args = null;
                if (i < s.length() && s.charAt(i) == '(') {
                    i++;
                    args = arguments();
                    if (args == null) return null;
                }
                steps.add(new Step(name, args));
            }
            return new Chain(variable, List.copyOf(steps));
        }

        /** Arguments up to and including the closing parenthesis. */
        private List<Object> arguments() {
            List<Object> args = new ArrayList<>();
            skipSpaces();
            if (i < s.length() && s.charAt(i) == ')') {
                i++;
                return args;
            }
            while (true) {
                skipSpaces();
                Object arg = i < s.length() && s.charAt(i) == '\'' ? literal() : chain();
                if (arg == null) return null;
                args.add(arg);
                skipSpaces();
                if (i >= s.length()) return null;
                char c = s.charAt(i++);
                if (c == ')') return args;
                if (c != ',') return null;
            }
        }

        /** A string literal with no escapes or quotes inside (those are left to OGNL). */
        private String literal() {
            int end = s.indexOf('\'', i + 1);
            if (end < 0) return null;
            String text = s.substring(i + 1, end);
            if (text.indexOf('\\') >= 0) return null;
            i = end + 1;
            return text;
        }

        private String identifier() {
            int start = i;
            if (i < s.length() && Character.isJavaIdentifierStart(s.charAt(i)) && s.charAt(i) != '$') i++;
            else return null;
            while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i)) && s.charAt(i) != '$') i++;
            String name = s.substring(start, i);
            return switch (name) {
                case "null", "true", "false", "new", "instanceof", "and", "or", "not", "in", "this" -> null; // OGNL's words
                default -> name;
            };
        }

        private void skipSpaces() {
            while (i < s.length() && s.charAt(i) == ' ') i++;
        }
    }
}
