package org.demandgraph.rdfio;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.loader.DocumentLoader;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;

/**
 * A parser context in which JSON-LD never fetches anything: a {@code "@context": "https://..."} (or an
 * {@code @import}) is an error naming the URL instead of a request to it. Data given to the build or POSTed
 * to the server must carry its context inline. Give a fresh one to every parse ({@code RDFParser...
 * .context(NoRemoteContexts.context())}): Jena sets the base on the options object it finds there.
 */
public final class NoRemoteContexts {

    private static final DocumentLoader REFUSE = (url, options) -> {
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "Remote JSON-LD context " + url + " not fetched: put the context inline");
    };

    private NoRemoteContexts() {}

    public static Context context() {
        Context context = RIOT.getContext().copy();
        context.set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(REFUSE));
        return context;
    }
}
