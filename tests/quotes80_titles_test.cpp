// A work's title in quote marks opening a headline, then a dash or a colon and the event staging it with its
// performer ("„Die Fährfrau“ – Lesung mit ...", "« Le Petit Prince » : lecture avec ...") is no quote (session 41,
// probe45 QT1). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quote_rows.hpp"

using namespace archive;
using archive::quote_rows::page;

namespace {

bool headline_quoted(const std::vector<Quote>& qs) {
    for (const auto& q : qs)
        if (q.where == Where::headline)
            return true;
    return false;
}

struct TitleRow {
    const char* lang;
    const char* headline;
    const char* paragraph;
    bool quote; // the headline's words in quote marks are a quote
};

} // namespace

TEST_CASE("a work's title opening a headline before an event and its performer is no quote", "[quotes][quotes80]") {
    const TitleRow rows[] = {
        {"de",
         "\u201EDie Fährfrau vom Kalksee\u201C \u2013 Lesung mit Katrin Oberholz",
         "Die Autorin liest am Freitag in der Stadtbibliothek aus ihrem neuen Roman.",
         false},
        {"de",
         "\u201EDie Stille der Mühle\u201C: Konzert mit dem Kammerchor Alstedt",
         "Der Chor singt am Sonntag in der Dorfkirche.",
         false},
        {"fr",
         "\u00AB Le Petit Prince \u00BB : lecture avec Anne Roux",
         "La comédienne lit le conte samedi à la médiathèque.",
         false},
        {"en",
         "\u201CThe Long Walk Home\u201D \u2013 reading with Ann Roe",
         "The author reads from her new novel at the town library on Friday.",
         false},
        {"en",
         "\u201CSongs of the Harbour\u201D - concert by the Kelmouth Choir",
         "The choir sings at the harbour church on Sunday.",
         false},
        // (the dash and a noun of people, or an event's noun with no performer: words someone said)
        {"de",
         "\u201EWir bleiben in unserem Haus\u201C \u2013 Mieter mit Plakaten vor dem Rathaus",
         "Die Mieter protestierten am Montag gegen die Räumung.",
         true},
        {"en",
         "\u201CWe will not leave our homes\u201D \u2013 tenants with banners at the town hall",
         "The tenants protested on Monday against the eviction.",
         true},
        {"fr",
         "\u00AB Nous ne partirons pas d'ici \u00BB : conférence de presse des locataires",
         "Les locataires ont protesté lundi contre l'expulsion.",
         true},
    };
    for (const TitleRow& r : rows) {
        INFO(r.lang << ": " << r.headline);
        CHECK(headline_quoted(extract_quotes(page(r.lang, r.headline, {r.paragraph}))) == r.quote);
    }
}
