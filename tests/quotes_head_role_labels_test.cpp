// quotes87 (probe74 Q10): a headline of two sentences, the second a role's label and a quote ("Il pm chiede vent'anni.
// La difesa: «Q»"): the verb of the first sentence is no cue of the quote, and the label is its mention; on invented
// pages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <string>

using namespace archive;
using namespace archive::quote_rows;

namespace {

// The headline's quote of a page in `lang`, or nothing.
std::optional<Quote> headline_quote(const std::string& lang, const std::string& headline,
                                    const std::vector<std::string>& paragraphs) {
    for (auto& q : extract_quotes(page(lang, headline, paragraphs)))
        if (q.where == Where::headline)
            return q;
    return std::nullopt;
}

} // namespace

TEST_CASE("a cue of the headline's sentence before its role label is no cue of the quote", "[quotes][quotes87]") {
    const auto it = headline_quote(
        "it", "Processo Rossi, il pm chiede vent'anni. La difesa: \u00ABManca ogni prova\u00BB",
        {"La Procura di Parma ha chiesto vent'anni per Franco Rossi, accusato di aver incendiato il magazzino.",
         "L'avvocato Paolo Neri ha sostenuto che \u00ABmanca ogni prova\u00BB contro il suo assistito."});
    REQUIRE(it);
    CHECK_FALSE(it->cue);
    CHECK(it->mention.value_or("") == "La difesa");
    const auto es = headline_quote(
        "es", "La fiscal pide veinte a\u00F1os. La defensa: \u201CNo hay ninguna prueba\u201D",
        {"La fiscal Ana Ruiz pidi\u00F3 veinte a\u00F1os para Franco R\u00EDos, acusado del incendio del almac\u00E9n.",
         "El abogado Pablo Neri afirm\u00F3 que \u201Cno hay ninguna prueba\u201D contra su cliente."});
    REQUIRE(es);
    CHECK_FALSE(es->cue);
    CHECK(es->mention.value_or("") == "La defensa");
    // (an elided article opens the label too)
    const auto el = headline_quote(
        "it", "Il pm chiede vent'anni. L'imputato: \u00ABNon ho fatto nulla\u00BB",
        {"La Procura di Parma ha chiesto vent'anni per Franco Rossi, accusato di aver incendiato il magazzino.",
         "\u00ABNon ho fatto nulla\u00BB, ha detto Franco Rossi in aula."});
    REQUIRE(el);
    CHECK_FALSE(el->cue);
    CHECK(el->mention.value_or("") == "L'imputato");
}

TEST_CASE("a headline's cue in the quote's own sentence stays its cue", "[quotes][quotes87]") {
    // (the abbreviation's dot ends no sentence)
    const auto en =
        headline_quote("en", "U.S. envoy says talks 'will go on'",
                       {"The U.S. envoy Mark Dale said on Monday that the talks \"will go on\" in Geneva."});
    REQUIRE(en);
    CHECK(en->cue.value_or("") == "says");
    // (a topic's label with no article is no mention)
    const auto es = headline_quote(
        "es", "Presupuestos: \u201CNo hay ninguna prueba de fraude\u201D",
        {"La ministra Ana Ruiz afirm\u00F3 que \u201Cno hay ninguna prueba de fraude\u201D en las cuentas."});
    REQUIRE(es);
    CHECK_FALSE(es->mention);
}

TEST_CASE("a nationality after the role noun of a colon's label is part of its mention", "[quotes][quotes87]") {
    check_quotes({
        {"it",
         {"Il ministro degli Esteri Luca Ferri ha ricevuto il ministro tedesco Jonas Brandt per due ore.",
          "Il ministro tedesco: \u00ABL'Europa deve spendere di pi\u00F9 per la difesa comune\u00BB."},
         "L'Europa deve spendere di pi\u00F9 per la difesa comune",
         "Jonas Brandt",
         "Il ministro tedesco"},
    });
    // (the speaker of the Spanish form is left to the nationality the page gives the holder; the mention is whole)
    const auto es = extract_quotes(
        page("es", "",
             {"El ministro de Exteriores, Luis Ferrer, recibi\u00F3 al ministro alem\u00E1n Jonas Brandt.",
              "El ministro alem\u00E1n: \u201CEuropa debe gastar m\u00E1s en su defensa com\u00FAn\u201D."}));
    REQUIRE(es.size() == 1);
    CHECK(es[0].mention.value_or("") == "El ministro alem\u00E1n");
    // (a verb after the noun is no adjective: the description is the article and the noun)
    check_quotes({{"it",
                   {"Il ministro degli Esteri Luca Ferri ha parlato per due ore con i giornalisti alla Farnesina.",
                    "Il ministro insiste: \u00ABL'Europa deve spendere di pi\u00F9 per la difesa comune\u00BB."},
                   "L'Europa deve spendere di pi\u00F9 per la difesa comune",
                   "Luca Ferri",
                   "Il ministro"}});
}
