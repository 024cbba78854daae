// Quotes of a standfirst (session 52, probe74 Q10): a role label with an age word before its noun and a short quote
// with no stop of its own ("Il 45enne imputato: «Sono innocente»"), and a cue verb alone after the quote ("«Q»,
// asegura."), whose dropped subject is the page's main person. Invented pages.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

namespace {

Article standfirst_page(const std::string& lang, const std::string& headline, const std::string& lede,
                        std::vector<std::string> paragraphs) {
    Article a = quote_rows::page(lang, headline, std::move(paragraphs));
    a.lede = lede;
    return a;
}

// The standfirst's quote of `text`, or null.
const Quote* lede_quote(const std::vector<Quote>& qs, const std::string& text) {
    for (const Quote& q : qs)
        if (q.where == Where::lede && q.text == text)
            return &q;
    return nullptr;
}

} // namespace

TEST_CASE("a standfirst's role label with an age word gives its short quote, the label its mention",
          "[quotes][quotes90]") {
    struct Row {
        const char* lang;
        const char* lede;
        const char* quote;
        const char* mention;
    };
    const std::vector<Row> rows = {
        {"it", "In aula la requisitoria della Procura. Il 52enne imputato: \u00ABSono innocente\u00BB",
         "Sono innocente", "Il 52enne imputato"},
        {"en", "The prosecution closed its case on Monday. The 52-year-old defendant: \u201CI am innocent\u201D",
         "I am innocent", "The 52-year-old defendant"},
        {"de",
         "Die Anklage hat ihr Pl\u00E4doyer gehalten. Der 52-j\u00E4hrige Angeklagte: \u201EIch bin unschuldig\u201C",
         "Ich bin unschuldig", "Der 52-j\u00E4hrige Angeklagte"},
    };
    for (const Row& r : rows) {
        INFO(r.lede);
        const auto qs = extract_quotes(
            standfirst_page(r.lang, "", r.lede, {"The hearing went on until the evening in the main court room."}));
        const Quote* q = lede_quote(qs, r.quote);
        REQUIRE(q != nullptr);
        CHECK(q->kind == QuoteKind::direct);
        CHECK(q->mention.value_or("") == r.mention);
    }
    // (two words quoted after a topic's label, with no article, stay nobody's quote)
    const auto topic = extract_quotes(
        standfirst_page("it", "", "In aula la requisitoria della Procura. Processo Ferri: \u00ABSono innocente\u00BB",
                        {"The hearing went on until the evening in the main court room."}));
    CHECK(lede_quote(topic, "Sono innocente") == nullptr);
}

TEST_CASE("a cue verb alone after a standfirst's quote: the cue is read, its speaker the headline's person",
          "[quotes][quotes90]") {
    struct Row {
        const char* lang;
        const char* headline;
        const char* lede;
        const char* quote;
        const char* cue;
        const char* name;
        const char* body;
        const char* mention; // (the pronoun of the cue, or none)
    };
    const std::vector<Row> rows = {
        {"es", "Tomás Ibarra Sanz, ex alcalde de Puerto Alto: \u201CEl muelle llegó tarde\u201D",
         "El ex alcalde habla del puerto y de su relación con la concejala Marta Gil. \u201CNunca me pidió nada "
         "imposible\u201D, asegura.",
         "Nunca me pidió nada imposible", "asegura", "Tomás Ibarra Sanz",
         "Tomás Ibarra Sanz recibe a este diario en su casa del puerto.", ""},
        {"fr", "Paul-Henri Girard, ancien maire de Sète : \u00AB Le quai est arrivé trop tard \u00BB",
         "L'ancien élu parle du port et de ses rapports avec la conseillère Marie Favre. \u00AB Elle ne m'a jamais "
         "rien demandé d'impossible \u00BB, assure-t-il.",
         "Elle ne m'a jamais rien demandé d'impossible", "assure-t-il", "Paul-Henri Girard",
         "Paul-Henri Girard nous reçoit dans sa maison du port.", "il"},
        {"it", "Marco Bruni Neri, ex sindaco di Porto Alto: \u00ABIl molo è arrivato tardi\u00BB",
         "L'ex sindaco parla del porto e del rapporto con l'assessora Anna Ferri. \u00ABNon mi ha mai chiesto "
         "nulla di impossibile\u00BB, assicura.",
         "Non mi ha mai chiesto nulla di impossibile", "assicura", "Marco Bruni Neri",
         "Marco Bruni Neri riceve i cronisti nella sua casa del porto.", ""},
    };
    for (const Row& r : rows) {
        INFO(r.lede);
        const auto qs = extract_quotes(standfirst_page(r.lang, r.headline, r.lede, {r.body}));
        const Quote* q = lede_quote(qs, r.quote);
        REQUIRE(q != nullptr);
        CHECK(q->cue.value_or("") == r.cue);
        CHECK(q->speaker.value_or("") == r.name);
        CHECK(q->mention.value_or("") == r.mention);
    }
}
