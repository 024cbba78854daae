// Quote spans over paragraphs (session 41, from probes of invented pages): a quote left open at a paragraph's end
// and running on into the next one stands at the paragraph where it opens, with the cue read there when the
// paragraph where it closes gives none. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using archive::quote_checks::body;
using archive::quote_checks::find_quote;

namespace {

struct SpanRow {
    const char* lang;
    std::vector<std::string> paragraphs;
    const char* text;
    int paragraph;
    const char* cue;
    const char* mention;
};

void check_spans(const std::vector<SpanRow>& rows) {
    for (const SpanRow& r : rows) {
        INFO(r.lang << ": " << r.paragraphs[1]);
        const auto qs = extract_quotes(body(r.lang, r.paragraphs));
        const Quote* q = find_quote(qs, r.text);
        REQUIRE(q);
        CHECK(q->paragraph == r.paragraph);
        CHECK(q->cue.value_or("") == r.cue);
        CHECK(q->mention.value_or("") == r.mention);
    }
}

} // namespace

TEST_CASE("a quote running over two paragraphs stands where it opens, with the cue read there", "[quotes][quotes77]") {
    check_spans({
        {"en",
         {"The council met on Tuesday to vote on the new district map.",
          "\u201CThe plan fails the smell test,\u201D Ann Roe said at the town hall. \u201CIt splits towns that have "
          "voted together for a century.",
          "\u201CI will not sign my name to that.\u201D"},
         "It splits towns that have voted together for a century. I will not sign my name to that.",
         1,
         "said",
         "Ann Roe"},
        {"fr",
         {"Le conseil s'est réuni mardi pour voter la nouvelle carte des circonscriptions.",
          "La maire Marie Roux a déclaré à la mairie : « Il coupe des villages qui votent ensemble depuis un "
          "siècle.",
          "« Je ne signerai pas ce texte. »"},
         "Il coupe des villages qui votent ensemble depuis un siècle. Je ne signerai pas ce texte.",
         1,
         "a déclaré",
         "La maire Marie Roux"},
        {"de",
         {"Der Rat hat am Dienstag über die neue Karte der Wahlkreise beraten.",
          "Die Bürgermeisterin Anna Berg sagte am Abend: „Der Plan hält keiner Prüfung stand. Er trennt Dörfer, die "
          "seit hundert Jahren zusammen wählen.",
          "Ich werde das nicht unterschreiben.“"},
         "Der Plan hält keiner Prüfung stand. Er trennt Dörfer, die seit hundert Jahren zusammen wählen. Ich werde "
         "das nicht unterschreiben.",
         1,
         "sagte",
         "Die Bürgermeisterin Anna Berg"},
    });
}

TEST_CASE("a quote over two paragraphs keeps the cue of the paragraph where it closes", "[quotes][quotes77]") {
    check_spans({
        {"de",
         {"Die Verkehrsbetriebe streichen im Winter mehrere Linien.",
          "Die Sprecherin Anna Berg nannte Gründe. „Wir fahren ab Januar seltener. Das Geld fehlt.",
          "Das kostet uns Kunden“, sagte sie."},
         "Wir fahren ab Januar seltener. Das Geld fehlt. Das kostet uns Kunden",
         1,
         "sagte",
         "sie"},
        {"it",
         {"L'azienda dei trasporti taglia diverse linee in inverno.",
          "La portavoce Anna Neri ha spiegato le ragioni. «Da gennaio passeremo meno spesso. Mancano i soldi.",
          "Questo ci costerà dei clienti», ha detto la portavoce."},
         "Da gennaio passeremo meno spesso. Mancano i soldi. Questo ci costerà dei clienti",
         1,
         "ha detto",
         "la portavoce"},
    });
}

TEST_CASE("a later speaker's quote after words left open stays at its own paragraph", "[quotes][quotes77]") {
    const Article a = body("en", {"The pool will close for two years of repairs.",
                                  "\u201CWe had no choice,\u201D said Ann Roe. \u201CThe pumps are sixty years old.",
                                  "\u201CWaiting would only have cost more,\u201D added Tom Vale."});
    const auto qs = extract_quotes(a);
    const Quote* q = find_quote(qs, "Waiting would only have cost more");
    REQUIRE(q);
    CHECK(q->paragraph == 2);
    CHECK(q->speaker.value_or("") == "Tom Vale");
}
