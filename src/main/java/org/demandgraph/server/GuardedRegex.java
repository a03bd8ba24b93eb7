package org.demandgraph.server;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * {@code REGEX} and {@code REPLACE} that stop when the query is cancelled. Java's regex engine
 * backtracks and cannot be interrupted, so a 35-character pattern could keep a core busy long after the
 * query timeout; here the text is handed to the matcher as a {@link CharSequence} that, every few thousand
 * characters read, checks the query's cancel flag (set by the timeout) and the request deadline, and
 * throws {@link QueryCancelledException}. {@link #rewrite} swaps the built-in functions for these.
 */
final class GuardedRegex {

    static final String REGEX = "urn:demandgraph:fn:regex";
    static final String REPLACE = "urn:demandgraph:fn:replace";

    static {
        FunctionRegistry.get().put(REGEX, uri -> new Regex());
        FunctionRegistry.get().put(REPLACE, uri -> new Replace());
    }

    private GuardedRegex() {}

    /** The query with every REGEX and REPLACE replaced by the guarded ones. */
    static Query rewrite(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) {
                    return new E_Function(REGEX, args);
                }
                if (func instanceof E_StrReplace) {
                    return new E_Function(REPLACE, args);
                }
                return super.transform(func, args);
            }
        });
    }

    /** XPath flags to Java's, as Jena's own regex does. */
    static Pattern compile(String pattern, String flags) {
        int mask = 0;
        for (char c : flags.toCharArray()) {
            mask |= switch (c) {
                case 'i' -> Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 'm' -> Pattern.MULTILINE;
                case 's' -> Pattern.DOTALL;
                case 'x' -> Pattern.COMMENTS;
                case 'q' -> Pattern.LITERAL;
                default -> throw new ExprEvalException("Unknown regex flag: " + c);
            };
        }
        try {
            return Pattern.compile(pattern, mask);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("Bad regular expression: " + e.getDescription());
        }
    }

    /** Base of both: remembers the last pattern (usually a constant) and the cancel flag of the query. */
    private abstract static class Guarded extends FunctionBase {
        private String lastKey;
        private Pattern lastPattern;
        protected AtomicBoolean cancel;

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            cancel = env instanceof ExecutionContext ec ? ec.getCancelSignal() : null;
            return super.exec(binding, args, uri, env);
        }

        protected Pattern pattern(NodeValue pattern, NodeValue flags) {
            if (!pattern.isString() || (flags != null && !flags.isString())) {
                throw new ExprEvalException("Regex pattern and flags must be strings");
            }
            String key = (flags == null ? "" : flags.getString()) + "/" + pattern.getString();
            if (!key.equals(lastKey)) {
                lastPattern = compile(pattern.getString(), flags == null ? "" : flags.getString());
                lastKey = key;
            }
            return lastPattern;
        }

        protected CharSequence text(NodeValue nv) {
            Node n = nv.asNode();
            if (!n.isLiteral() || !(nv.isString() || nv.isLangString())) {
                throw new ExprEvalException("Not a string: " + nv);
            }
            return new CancellableText(n.getLiteralLexicalForm(), cancel);
        }
    }

    static final class Regex extends Guarded {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 2 && args.size() != 3) {
                throw new org.apache.jena.query.QueryBuildException("REGEX takes 2 or 3 arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            Pattern p = pattern(args.get(1), args.size() == 3 ? args.get(2) : null);
            return NodeValue.makeBoolean(p.matcher(text(args.get(0))).find());
        }
    }

    static final class Replace extends Guarded {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 3 && args.size() != 4) {
                throw new org.apache.jena.query.QueryBuildException("REPLACE takes 3 or 4 arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            NodeValue arg = args.get(0);
            Pattern p = pattern(args.get(1), args.size() == 4 ? args.get(3) : null);
            if (!args.get(2).isString()) {
                throw new ExprEvalException("REPLACE: the replacement must be a string");
            }
            String result = p.matcher(text(arg)).replaceAll(args.get(2).getString());
            return arg.isLangString()
                    ? NodeValue.makeLangString(result, arg.getLang())
                    : NodeValue.makeString(result);
        }
    }

    /** Text for the matcher that gives up when the query is cancelled or the request is past its deadline. */
    static final class CancellableText implements CharSequence {
        private static final int CHECK_EVERY = 4096;
        private final String text;
        private final AtomicBoolean cancel;
        private int reads;

        CancellableText(String text, AtomicBoolean cancel) {
            this.text = text;
            this.cancel = cancel;
        }

        @Override
        public char charAt(int index) {
            if (++reads == CHECK_EVERY) {
                reads = 0;
                if (cancel != null && cancel.get()) {
                    throw new QueryCancelledException();
                }
                RequestDeadline.check();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new CancellableText(text.substring(start, end), cancel);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
