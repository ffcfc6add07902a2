package org.roadmapmonitor.publication;

import java.util.Set;

/**
 * Produces one kind of document. Any module can contribute a renderer by declaring a Spring bean that
 * implements this interface; the publication jobs find it by its {@link #kind()}. A kind without a renderer
 * is refused when requested.
 *
 * <p>{@link #render} runs in a background job on whichever node claims it, inside one read-only
 * repeatable-read transaction, with nobody signed in (not as the person who asked): the modules' readers then
 * give what the public may see, i.e. published values, never drafts. A renderer that needs more (records that
 * are never public, for a document that only goes to a government) must say so and take it deliberately. The
 * request's language is the current locale: words come from message keys.
 */
public interface DocumentRenderer {

    /** Told how far the rendering has come, 0–100; also keeps the job alive while it works. */
    @FunctionalInterface
    interface Progress {
        void done(int percent);
    }

    PublicationKind kind();

    /** The formats this renderer writes; a request for another is refused before it is queued. */
    Set<PublicationFormat> formats();

    /**
     * Refuses a request this renderer cannot serve (a missing fund, a jurisdiction that has no such report)
     * with a typed refusal from {@code shared}, before the job is queued. Runs as the person asking.
     */
    default void check(PublicationRequest request) {}

    RenderedDocument render(PublicationRequest request, Progress progress);

    /** Whether this renderer keeps its inputs and can issue a document again from them. */
    default boolean reissues() {
        return false;
    }

    /**
     * The document again, from the {@link RenderedDocument#inputs} an earlier rendering kept rather than from
     * what is published now, in the request's format and language: the same figures, whatever changed since.
     */
    default RenderedDocument reissue(PublicationRequest request, String inputs, Progress progress) {
        throw new UnsupportedOperationException(kind() + " documents cannot be issued again");
    }
}
