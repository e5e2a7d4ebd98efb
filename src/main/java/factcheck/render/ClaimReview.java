package factcheck.render;

import factcheck.model.Actor;
import factcheck.model.ActorKind;
import factcheck.model.Claim;
import factcheck.model.Publisher;
import factcheck.model.SiteConfig;
import factcheck.model.Source;
import java.util.Map;

/**
 * schema.org {@code ClaimReview} for a claim page, with the fields Google's fact-check markup
 * requires and recommends. The numeric rating follows the scale's order: the best verdict is
 * {@code bestRating}, the last one is 1. Fields that need an absolute URL are left out when the
 * site has no {@code baseUrl}.
 */
final class ClaimReview {

    private ClaimReview() {}

    static Map<String, Object> of(SiteConfig site, Views.ClaimCard card, Source appearance, String path) {
        Claim c = card.claim();
        return Json.object(
                "@context", "https://schema.org",
                "@type", "ClaimReview",
                "url", site.absolute(path),
                "claimReviewed", c.claim(),
                "datePublished", c.reviewed().toString(),
                "author", organisation(site.publisherOrTitle()),
                "reviewRating", Json.object(
                        "@type", "Rating",
                        "ratingValue", site.ratingValue(card.rating()),
                        "bestRating", site.ratings().size(),
                        "worstRating", 1,
                        "alternateName", card.rating().label(),
                        "ratingExplanation", c.summary()),
                "itemReviewed", claim(c, card.claimant(), appearance));
    }

    private static Map<String, Object> claim(Claim c, Actor claimant, Source appearance) {
        return Json.object(
                "@type", "Claim",
                "author", Json.object("@type", claimant.kind() == ActorKind.PERSON ? "Person" : "Organization", "name", claimant.name()),
                "datePublished", c.date() == null ? null : c.date().toString(),
                "appearance", appearance == null ? null : Json.object(
                        "@type", "CreativeWork",
                        "headline", appearance.title(),
                        "url", appearance.url(),
                        "datePublished", appearance.published() == null ? null : appearance.published().toString(),
                        "publisher", appearance.publisher() == null ? null : Json.object("@type", "Organization", "name", appearance.publisher())));
    }

    private static Map<String, Object> organisation(Publisher p) {
        return Json.object("@type", "Organization", "name", p.name(), "url", p.url());
    }
}
