// quotes110: the quote stage's leftovers. The subject of a verb after a comma that a clause before it names ("Der
// Verein Pro Schiene begrüßte den Streik nicht, forderte aber „Q“"); a role of a body named after its link ("la
// porte-parole de Greenpeace") held by no one the page tied to that body; a trade with a phrase of retirement before
// the name ("la maestra in pensione Lucia Gatti"); a judgement on oneself before quoted words ("zeigte sich „Q“",
// "se mostró «Q»"); adverbs between the writer's "ich" and the cue. On invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <optional>
#include <string>

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a clause naming the subject before the comma of a second verb ends with the name", "[quotes][quotes110b]") {
    check_quotes({
        {"de",
         {"Der Verein Grüne Gleise begrüßte den Streik nicht, forderte aber \u201Eendlich bessere Züge\u201C."},
         "endlich bessere Züge",
         "Grüne Gleise",
         "Der Verein Grüne Gleise"},
        {"de",
         {"Die Ministerin Lea Brandt lobte die Gespräche, verlangte aber \u201Emehr Tempo\u201C."},
         "mehr Tempo",
         "Lea Brandt",
         "Die Ministerin Lea Brandt"},
        {"fr",
         {"Le maire Jean Roubaix a salué l'accord, puis a demandé \u00AB un calendrier clair \u00BB."},
         "un calendrier clair",
         "Jean Roubaix",
         "Le maire Jean Roubaix"},
        // (near miss: a preposition after the name goes on with its description)
        {"en",
         {"Ann Tollard of the rail union, speaking on Monday, called the offer \"a first step\"."},
         "a first step",
         "Ann Tollard",
         "Ann Tollard of the rail union"},
    });
}

TEST_CASE("a group's noun before its name where nouns are capitalised is no part of the name", "[quotes][quotes110b]") {
    check_quotes({
        {"de",
         {"Die Gewerkschaft Ferrox lehnte das Angebot ab und nannte es \u201Eeine Frechheit\u201C."},
         "eine Frechheit",
         "Ferrox",
         "Die Gewerkschaft Ferrox"},
        {"de",
         {"Der Verein Grüne Gleise lehnte das Angebot ab und nannte es \u201Eeine Frechheit\u201C."},
         "eine Frechheit",
         "Grüne Gleise"},
        {"en",
         {"\"We will go on,\" said the union Ferrox on Monday."},
         "We will go on",
         "Ferrox"},
        // (near miss: a role noun before a name stays the person's description, the name whole)
        {"de",
         {"\u201EWir machen weiter\u201C, sagte der Sprecher Jonas Feldmann am Montag."},
         "Wir machen weiter",
         "Jonas Feldmann"},
    });
}

TEST_CASE("a role of a body named after its link is no one the page did not tie to the body", "[quotes][quotes110b]") {
    check_quotes({
        {"fr",
         {"\u00AB Tout est clair \u00BB, a dit Lucie Marnier.",
          "\u00AB Nous suivrons \u00BB, a promis la porte-parole de Greenpeace."},
         "Nous suivrons",
         ""},
        {"de",
         {"\u201EAlles ist klar\u201C, sagte Lena Marner.",
          "\u201EWir bleiben dran\u201C, sagte die Sprecherin von Greenpeace."},
         "Wir bleiben dran",
         ""},
        {"en",
         {"\"It is all clear,\" said Lucy Marner.", "\"We will follow it,\" said the spokeswoman for Greenpeace."},
         "We will follow it",
         ""},
        // (near miss: the page gave the role of that body to someone)
        {"fr",
         {"\u00AB Nous verrons \u00BB, a répondu le porte-parole de Vertval, Paul Ronsard.",
          "\u00AB Rien ne change \u00BB, a insisté le porte-parole de Vertval."},
         "Rien ne change",
         "Paul Ronsard"},
        // (near miss: a role of no body is the last person's still)
        {"fr",
         {"\u00AB Tout est clair \u00BB, a dit Lucie Marnier.",
          "\u00AB Nous suivrons \u00BB, a promis la porte-parole."},
         "Nous suivrons",
         "Lucie Marnier"},
    });
}

TEST_CASE("a trade no longer practised stands before the name in an apposition", "[quotes][quotes110b]") {
    check_quotes({
        {"it",
         {"Una delle prime clienti, la maestra in pensione Lucia Gatti, 61 anni, ha detto davanti al forno: "
          "\u00ABIl pane è tornato buono.\u00BB"},
         "Il pane è tornato buono.",
         "Lucia Gatti",
         "Una delle prime clienti, la maestra in pensione Lucia Gatti, 61 anni"},
        {"fr",
         {"Une des premières clientes, l'institutrice à la retraite Lucie Garnier, 61 ans, a déclaré devant le "
          "magasin : \u00AB Le pain est de nouveau bon. \u00BB"},
         "Le pain est de nouveau bon.",
         "Lucie Garnier",
         "Une des premières clientes, l'institutrice à la retraite Lucie Garnier, 61 ans"},
        // (near miss: a place after the trade is no part of it)
        {"it",
         {"Una cliente, la maestra in piazza Lucia Gatti, ha detto: \u00ABIl pane è buono.\u00BB"},
         "Il pane è buono.",
         "Lucia Gatti",
         nullptr},
    });
}

TEST_CASE("a judgement on oneself after a reflexive verb is a partial quote", "[quotes][quotes110b]") {
    const auto partial = [](const char* lang, const char* paragraph, const char* text, const char* cue) {
        INFO(paragraph);
        const auto qs = extract_quotes(page(lang, "", {paragraph}));
        const Quote* q = quote_of(qs, text);
        REQUIRE(q);
        CHECK(q->kind == QuoteKind::partial);
        CHECK(q->cue.value_or("") == cue);
    };
    partial("de", "Die Bürgermeisterin Anna Keller zeigte sich \u201Esehr zufrieden\u201C mit der Abstimmung.",
            "sehr zufrieden", "zeigte sich");
    partial("de", "Der Stadtrat Marco Seller gab sich \u201Egesprächsbereit\u201C.", "gesprächsbereit", "gab sich");
    partial("es", "La alcaldesa Ana Ferrer se mostró \u00ABmuy satisfecha\u00BB con la votación.", "muy satisfecha",
            "se mostró");
    partial("es", "El concejal Marco Sala se declaró \u00ABdispuesto a colaborar\u00BB.", "dispuesto a colaborar",
            "se declaró");
    partial("it", "La sindaca Anna Ferretti si è detta \u00ABmolto soddisfatta\u00BB del voto.", "molto soddisfatta",
            "si è detta");
    // (near misses: "so called" gives a name, no one's words)
    for (const auto& [lang, paragraph, text] :
         {std::tuple{"de", "Die sogenannte \u201ESeeregel\u201C bleibt in Kraft.", "Seeregel"},
          std::tuple{"es", "La llamada \u00ABley del mar\u00BB sigue vigente.", "ley del mar"},
          std::tuple{"it", "La cosiddetta \u00ABlegge del mare\u00BB resta in vigore.", "legge del mare"}}) {
        INFO(paragraph);
        const auto qs = extract_quotes(page(lang, "", {paragraph}));
        const Quote* q = quote_of(qs, text);
        CHECK((q == nullptr || !q->cue));
    }
}

TEST_CASE("the cue's adverbs after the writer's pronoun are no part of the mention", "[quotes][quotes110b]") {
    check_quotes({
        {"de",
         {"Ich bin hierher gezogen, weil ich früher immer dachte: \u201EAm See ist alles ruhiger.\u201C"},
         "Am See ist alles ruhiger.",
         "",
         "ich"},
        {"en",
         {"I moved here because I always said: \"By the lake everything is calmer.\""},
         "By the lake everything is calmer.",
         "",
         "I"},
        // (near miss: a name before the adverbs is the subject, whole)
        {"de",
         {"Die Lehrerin Eva Morgen sagte oft: \u201EAm See ist alles ruhiger.\u201C"},
         "Am See ist alles ruhiger.",
         "Eva Morgen",
         "Die Lehrerin Eva Morgen"},
    });
}
