// The mention and the cue of a quote whose speaker was found without them (quotes107): an age set off by commas after
// the name of an apposition ("One of the passengers, retired teacher Ann Roe, 71, said:"), a trade before the name of
// an apposition ("Her neighbour, the baker Tom Vale, said:"), and a verb of opinion before a colon and a quote mark
// ("Analyst Tom Vale thinks that is wise: “Q”", "Ilse Roth findet: „Q“"); a role noun with no article opening a
// subject whose name is set off by commas, before a clause reported without "that" ("Counsel for Hogan, Fergal Noonan
// SC, told the court his client had ..."); a plural possessive before a body's noun and its name ("The drivers' union
// Wheelwork welcomed the reform but called the plan “Q”").
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_rows;

namespace {

// A paragraph after a first one of the page, one of its quotes, and the speaker, mention and cue wanted ("" for none).
struct Row {
    const char* lang;
    const char* paragraph;
    const char* text;
    const char* speaker;
    const char* mention;
    const char* cue;
};

void check_rows(const std::vector<Row>& rows) {
    const std::string first = "The first paragraph of the page tells what happened.";
    for (const auto& r : rows) {
        check_quote(PageRow{r.lang, {first, r.paragraph}, r.text, r.speaker, r.mention});
        const auto qs = extract_quotes(page(r.lang, "", {first, r.paragraph}));
        const auto q = std::find_if(qs.begin(), qs.end(), [&r](const Quote& x) { return x.text == r.text; });
        if (q != qs.end())
            CHECK(q->cue.value_or("") == r.cue);
    }
}

} // namespace

TEST_CASE("an age set off by commas after the name of an apposition stays in the mention", "[quotes][quotes107]") {
    check_rows({
        {"en",
         "One of the passengers, retired teacher Margaret Evanson, 71, said outside the shop: \u201CI would rather "
         "wait.\u201D",
         "I would rather wait.", "Margaret Evanson", "One of the passengers, retired teacher Margaret Evanson, 71",
         "said"},
        {"de",
         "Eine der Käuferinnen, die Lehrerin Anna Bergmoser, 64, sagte vor dem Laden: \u201EIch warte lieber.\u201C",
         "Ich warte lieber.", "Anna Bergmoser", "Eine der Käuferinnen, die Lehrerin Anna Bergmoser, 64", "sagte"},
        {"fr",
         "Une des clientes, l'institutrice retraitée Jeanne Roussel, 71 ans, a déclaré devant le magasin : \u00AB Je "
         "préfère attendre. \u00BB",
         "Je préfère attendre.", "Jeanne Roussel", "Une des clientes, l'institutrice retraitée Jeanne Roussel, 71 ans",
         "a déclaré"},
        {"es",
         "Una de las clientas, la maestra jubilada María Gilabert, de 70 años, dijo frente a la tienda: \u00ABPrefiero "
         "esperar.\u00BB",
         "Prefiero esperar.", "María Gilabert", "Una de las clientas, la maestra jubilada María Gilabert, de 70 años",
         "dijo"},
        // (near misses: a name and its age alone, as before; an aside after the name that is no age)
        {"en", "Dana Whitby, 44, said: \u201CThe fans are much quieter now.\u201D", "The fans are much quieter now.",
         "Dana Whitby", "Dana Whitby, 44", "said"},
        {"en",
         "One of the passengers, retired teacher Margaret Evanson, 71 Harbour Road, said outside the shop: \u201CI "
         "would rather wait.\u201D",
         "I would rather wait.", "Margaret Evanson", "", ""},
    });
}

TEST_CASE("a trade before the name of an apposition describes it as a role does", "[quotes][quotes107]") {
    check_rows({
        {"en", "Her neighbour, the baker Colin Fraynor, said in a statement: \u201CWe need machines that last.\u201D",
         "We need machines that last.", "Colin Fraynor", "Her neighbour, the baker Colin Fraynor", "said"},
        {"fr",
         "Son voisin, le boulanger Gilles Marchal, a déclaré dans un communiqué : \u00AB Nous avons besoin de "
         "machines. \u00BB",
         "Nous avons besoin de machines.", "Gilles Marchal", "Son voisin, le boulanger Gilles Marchal", "a déclaré"},
        {"it",
         "Il suo vicino, il panettiere Gino Marchetti, ha detto in una nota: \u00ABAbbiamo bisogno di macchine.\u00BB",
         "Abbiamo bisogno di macchine.", "Gino Marchetti", "Il suo vicino, il panettiere Gino Marchetti", "ha detto"},
        {"es",
         "Su vecino, el panadero Gonzalo Martos, dijo en un comunicado: \u00ABNecesitamos máquinas.\u00BB",
         "Necesitamos máquinas.", "Gonzalo Martos", "Su vecino, el panadero Gonzalo Martos", "dijo"},
        // (near miss: the trade without a name after it names no one)
        {"en", "Her neighbour, the baker in the square, said in a statement: \u201CWe need machines that last.\u201D",
         "We need machines that last.", "", "", ""},
    });
}

TEST_CASE("a verb of opinion before a colon and a quote mark is the cue", "[quotes][quotes107]") {
    check_rows({
        {"en",
         "Analyst George Brennick thinks that is wise: \u201CIn a laptop, battery life matters more than speed.\u201D",
         "In a laptop, battery life matters more than speed.", "George Brennick", "Analyst George Brennick", "thinks"},
        {"en", "Shop owner Ilsa Marlow believes: \u201CCustomers ask about the battery first.\u201D",
         "Customers ask about the battery first.", "Ilsa Marlow", "Shop owner Ilsa Marlow", "believes"},
        {"de", "Analyst Jörg Brenner hält das für klug: \u201EIm Notebook zählt die Akkulaufzeit.\u201C",
         "Im Notebook zählt die Akkulaufzeit.", "Jörg Brenner", "Analyst Jörg Brenner", "hält"},
        {"de", "Die Händlerin Ilse Marwitz findet: \u201EDie Kundschaft fragt zuerst nach dem Akku.\u201C",
         "Die Kundschaft fragt zuerst nach dem Akku.", "Ilse Marwitz", "Die Händlerin Ilse Marwitz", "findet"},
        {"fr", "La commerçante Isabelle Marlot pense : \u00AB Les clients demandent d'abord la batterie. \u00BB",
         "Les clients demandent d'abord la batterie.", "Isabelle Marlot", "La commerçante Isabelle Marlot", "pense"},
        {"it", "L'analista Giorgio Bernardi ritiene la scelta saggia: \u00ABIn un portatile conta l'autonomia.\u00BB",
         "In un portatile conta l'autonomia.", "Giorgio Bernardi", "L'analista Giorgio Bernardi", "ritiene"},
        {"es", "La comerciante Isabel Marcos cree: \u00ABLos clientes preguntan primero por la batería.\u00BB",
         "Los clientes preguntan primero por la batería.", "Isabel Marcos", "La comerciante Isabel Marcos", "cree"},
        // (near misses: no colon before the quote; a cue nearer the colon; the verb too far from the colon)
        {"en",
         "Shop owner Ilsa Marlow believes it and told reporters: \u201CCustomers ask about the battery first.\u201D",
         "Customers ask about the battery first.", "Ilsa Marlow", "Shop owner Ilsa Marlow", "told"},
        {"de", "\u201EDie Preise sind angemessen\u201C, findet die Händlerin Ilse Marwitz.", "Die Preise sind angemessen",
         "", "", ""},
        {"en",
         "Shop owner Ilsa Marlow believes the new range of chips is good news for buyers: \u201CCustomers ask about "
         "the battery first.\u201D",
         "Customers ask about the battery first.", "Ilsa Marlow", "", ""},
    });
}

TEST_CASE("a role noun with no article opens a subject whose name is set off by commas", "[quotes][quotes107]") {
    check_rows({
        {"en", "Counsel for Hogan, Fergal Noonan SC, told the court his client had never seen the letter.",
         "his client had never seen the letter", "Fergal Noonan", "Counsel for Hogan, Fergal Noonan SC", "told"},
        {"en", "Lawyer for the family, Ada Brennock, said the council had ignored every warning.",
         "the council had ignored every warning", "Ada Brennock", "Lawyer for the family, Ada Brennock", "said"},
        {"en", "The lawyer for Hogan, Fergal Noonan, told the court his client had never seen the letter.",
         "his client had never seen the letter", "Fergal Noonan", "The lawyer for Hogan, Fergal Noonan", "told"},
    });
    // (near miss: a place, no role, opens the sentence)
    INFO("Earlier in Hogan, ...");
    const auto qs = extract_quotes(page("en", "",
                                        {"The first paragraph of the page tells what happened.",
                                         "Earlier in Hogan, Fergal Noonan, told the court his client had never seen "
                                         "the letter."}));
    CHECK(std::none_of(qs.begin(), qs.end(),
                       [](const Quote& q) { return q.text == "his client had never seen the letter"; }));
}

TEST_CASE("a plural possessive before a body's noun and its name opens the subject", "[quotes][quotes107]") {
    check_rows({
        {"en", "The drivers' union Wheelwork welcomed the reform but called the plan \u201Clong overdue\u201D.",
         "long overdue", "Wheelwork", "The drivers' union Wheelwork", "called"},
        {"en", "The nurses\u2019 union Carewell said: \u201CThe new rota is long overdue.\u201D",
         "The new rota is long overdue.", "Carewell", "The nurses\u2019 union Carewell", "said"},
        {"de", "Die Gewerkschaft Verdo begrüßte die Reform, nannte den Plan aber \u201Elängst überfällig\u201C.",
         "längst überfällig", "Verdo", "Die Gewerkschaft Verdo", "nannte"},
        // (near miss: no name after the body's noun)
        {"en", "The drivers' union welcomed the reform but called the plan \u201Clong overdue\u201D.", "long overdue", "",
         "", "called"},
    });
}
