// Table-driven tests of the attribution printed inside the quote marks (quote_incises.cpp), on invented sentences:
// "« Q1, raconte Anne Roux. Q2 »" is read as "« Q1 », raconte Anne Roux. « Q2 »", and a comma before a word that
// only looks like a cue splits nothing.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <algorithm>
#include <string_view>

using namespace archive;
using namespace archive::quote_rows;

namespace {

// check_quotes(), each row on its own: a row whose quote is missing does not stop the rows after it.
void check_each(const std::vector<PageRow>& rows) {
    for (const auto& r : rows) {
        INFO(r.paragraphs.back());
        const auto qs = extract_quotes(page(r.lang, "", r.paragraphs));
        auto found = std::find_if(qs.begin(), qs.end(), [&](const Quote& q) { return q.text == r.text; });
        CHECK(found != qs.end());
        if (found == qs.end())
            continue;
        CHECK(found->speaker.value_or("") == r.speaker);
        CHECK(found->mention.value_or("") == r.mention);
    }
}

} // namespace

TEST_CASE("an attribution inside the quote marks splits the quote and names its speaker", "[quotes][incises]") {
    check_each({
        {"fr",
         {"« Au printemps, la digue cédait chaque année, raconte Anne Roux, qui habite le hameau depuis 1990. On "
          "vidait les caves à la main. »"},
         "Au printemps, la digue cédait chaque année", "Anne Roux", "Anne Roux"},
        {"fr",
         {"« Au printemps, la digue cédait chaque année, raconte Anne Roux, qui habite le hameau depuis 1990. On "
          "vidait les caves à la main. »"},
         "On vidait les caves à la main.", "Anne Roux", ""},
        // (the clitic of an inverted verb is the speaker, found in the paragraph before)
        {"fr",
         {"Paul Vire tient la boulangerie du village depuis trente ans.",
          "« Le pain se vendait mieux avant l'autoroute, explique-t-il. Maintenant les gens passent sans s'arrêter. »"},
         "Le pain se vendait mieux avant l'autoroute", "Paul Vire", "il"},
        {"es",
         {"«El puente lleva cerrado desde enero, explica Lucía Gómez, vecina del barrio. Ahora damos un rodeo de "
          "veinte minutos»."},
         "El puente lleva cerrado desde enero", "Lucía Gómez", "Lucía Gómez"},
        {"it",
         {"«Il traghetto non partiva da tre giorni, racconta Giulia Neri, che vive sull'isola. Abbiamo finito il "
          "latte e il pane»."},
         "Il traghetto non partiva da tre giorni", "Giulia Neri", "Giulia Neri"},
        {"en",
         {"\"The bus never came on Sundays, says Tom Vale, who drove it for a decade. We lost half our riders that "
          "year.\""},
         // (English joins the words of a quote its attribution interrupts, as it does for "Q1," X says. "Q2.")
         "The bus never came on Sundays, We lost half our riders that year.", "Tom Vale", "Tom Vale"},
    });
}

TEST_CASE("a comma inside the marks before a word that names no speaker splits nothing", "[quotes][incises]") {
    // Each row: the language, the paragraph, and the words before the comma, which are no quote of their own.
    const char* const rows[][3] = {
        // "so" is a cue after a quote („Q“, so Anna Roe) and the sentence's own small word here
        {"de",
         "„Hätte ich gewusst, so einen Garten anzulegen, wie viel Arbeit das ist, hätte ich es gelassen. Heute bin "
         "ich froh darum“, sagte Anna Roe.",
         "Hätte ich gewusst"},
        // "dit autrement" names no one after the verb
        {"fr", "« Nous avons tout refait, dit autrement, trop tard pour la saison. Voilà », a déclaré Anne Roux.",
         "Nous avons tout refait"},
    };
    for (const auto& [lang, paragraph, head] : rows) {
        INFO(paragraph);
        const auto qs = extract_quotes(page(lang, "", {paragraph}));
        const std::string_view cut = head; // (clang before 16 captures no structured binding)
        CHECK(std::none_of(qs.begin(), qs.end(), [&](const Quote& q) { return q.text == cut; }));
        CHECK_FALSE(qs.empty());
    }
}

TEST_CASE("a speech verb's participle after the present perfect's auxiliary is a cue", "[quotes][incises]") {
    check_each({
        {"es",
         {"\"Hemos perdido la mitad de los clientes\", ha lamentado Rosa Gil, que regenta una ferretería."},
         "Hemos perdido la mitad de los clientes", "Rosa Gil", "Rosa Gil"},
        {"es", {"\"Queremos el horario de tarde todo el año\", ha reclamado Tomás Ruiz."},
         "Queremos el horario de tarde todo el año", "Tomás Ruiz", "Tomás Ruiz"},
    });
}
