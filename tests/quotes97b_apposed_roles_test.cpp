// A role, the word linking it to its field and the field in lower case, then the holder's name closing the mention
// ("a dit la déléguée aux sports Anne Roux"): the name is the speaker, no word the preposition governs; and a time
// adverbial right after a cue ("disse uma vez:") is no mention (s55 quotes97). Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a role, its field in lower case and the holder's name after the cue name the speaker",
          "[quotes][quotes97b][apposed_roles]") {
    check_quotes({
        {"fr",
         {"« Les clubs pourront enfin s'entraîner chez eux », a dit la déléguée aux sports Anne Roux."},
         "Les clubs pourront enfin s'entraîner chez eux",
         "Anne Roux",
         "la déléguée aux sports Anne Roux"},
        {"fr",
         {"« Le festival aura lieu en juin », a annoncé la déléguée à la culture Lise Marchal."},
         "Le festival aura lieu en juin",
         "Lise Marchal",
         "la déléguée à la culture Lise Marchal"},
        {"fr",
         {"« Les travaux finiront en mai », a précisé le délégué aux travaux Paul Verdier."},
         "Les travaux finiront en mai",
         "Paul Verdier"},
        {"it",
         {"«Le squadre potranno finalmente allenarsi in casa», ha detto l'assessora allo sport Anna Rossi."},
         "Le squadre potranno finalmente allenarsi in casa",
         "Anna Rossi"},
        {"es",
         {"\"Los equipos podrán por fin entrenar en casa\", dijo la concejala de Deportes Ana Ruiz."},
         "Los equipos podrán por fin entrenar en casa",
         "Ana Ruiz"},
        {"en",
         {"\"The clubs can finally train at home,\" said sports delegate Anne Roux."},
         "The clubs can finally train at home",
         "Anne Roux"},
    });
}

TEST_CASE("a person told after a role's preposition is no holder of the role", "[quotes][quotes97b][apposed_roles]") {
    // (the one told: a noun of an acquaintance or a role's plural after the preposition, no field)
    check_quotes({
        {"fr",
         {"Marc Dubois a présidé l'audience de mardi.",
          "« Nous reprendrons demain », a dit le juge à la collègue Anne Roux."},
         "Nous reprendrons demain",
         "Marc Dubois"},
        {"fr",
         {"Marc Dubois a présidé l'audience de mardi.",
          "« Nous reprendrons demain », a dit le juge aux avocats Anne Roux et Paul Verdier."},
         "Nous reprendrons demain",
         "Marc Dubois"},
    });
    // (a place after the preposition, a capitalised name governed by it: no speaker of the role's)
    check_quotes({
        {"fr",
         {"« La route restera fermée », a dit le technicien aux abords de Saint-Vallier."},
         "La route restera fermée",
         ""},
    });
}

TEST_CASE("a time adverbial right after the cue is no mention: the subject before the verb is",
          "[quotes][quotes97b][time_after_cue]") {
    check_only_quotes(
        {
            {"pt", "A fundadora da horta disse uma vez: “Cada canteiro é uma família que volta a se encontrar”.",
             "Cada canteiro é uma família que volta a se encontrar", "disse", "A fundadora da horta"},
            {"pt", "A fundadora da horta contou certa vez: “Cada canteiro é uma família”.",
             "Cada canteiro é uma família", "contou", "A fundadora da horta"},
            {"es", "La fundadora del huerto dijo una vez: «Cada bancal es una familia que vuelve a encontrarse».",
             "Cada bancal es una familia que vuelve a encontrarse", "dijo", "La fundadora del huerto"},
            {"it", "La fondatrice dell'orto ha detto una volta: «Ogni aiuola è una famiglia che si ritrova».",
             "Ogni aiuola è una famiglia che si ritrova", "ha detto", "La fondatrice dell'orto"},
            // (near miss: an indefinite article opening a noun of a person after the cue is the subject)
            {"pt", "Na reunião, disse uma vizinha: “Cada canteiro é uma família”.", "Cada canteiro é uma família",
             "disse", "uma vizinha"},
        },
        QuoteKind::direct);
}

TEST_CASE("a relative clause between the subject and the cue leaves the subject the mention (pt)",
          "[quotes][quotes97b][time_after_cue]") {
    check_only_quotes(
        {
            {"pt",
             "A idealizadora do projeto, que entregou a primeira muda a Jéssica Prado, disse uma vez: “Cada canteiro "
             "é uma família”.",
             "Cada canteiro é uma família", "disse", "A idealizadora do projeto"},
            {"pt",
             "O diretor da escola, que abriu o portão aos vizinhos, afirmou: “A horta é de todos”.",
             "A horta é de todos", "afirmou", "O diretor da escola"},
            {"es",
             "La creadora del proyecto, que entregó el primer plantón a Sara Prado, dijo: "
             "«Cada bancal es una familia».",
             "Cada bancal es una familia", "dijo", "La creadora del proyecto"},
        },
        QuoteKind::direct);
}

TEST_CASE("a role, then an article and a name set off by commas before the cue, names the speaker",
          "[quotes][quotes97b][apposed_roles]") {
    check_quotes({
        {"pt",
         {"A idealizadora, a Jéssica Prado, disse: “Cada canteiro é uma família que volta a se encontrar”."},
         "Cada canteiro é uma família que volta a se encontrar",
         "Jéssica Prado",
         "A idealizadora, a Jéssica Prado"},
        {"it",
         {"La fondatrice, la Anna Ferri, ha detto: «Ogni aiuola è una famiglia che si ritrova»."},
         "Ogni aiuola è una famiglia che si ritrova",
         "Anna Ferri",
         "La fondatrice, la Anna Ferri"},
    });
    // (near miss: lower-case words after the article are no name; the cue stays, no one is named)
    check_only_quotes(
        {
            {"pt", "A idealizadora, a primeira da fila, disse: “Cada canteiro é uma família que volta a se encontrar”.",
             "Cada canteiro é uma família que volta a se encontrar", "disse", ""},
        },
        QuoteKind::direct);
}

