// Who a description, a role or a name stands for (session 41): role words kept in names as lexicon data
// ("Businesswoman Ann Roe", "Klubobfrau Lea Roth", "die Senatorin"), a party's noun before a name ("le Vert Jean
// Roux", "Democrat Jane Roe"), a nationality or a region's demonym alone after its article ("le Tessinois", "the
// Frenchman") standing for a person, and a role owned by a name in the possessive ("Ashby's tax commissioner")
// bringing in someone new. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quote_rows.hpp"
#include "quotes_parts.hpp"

#include <string>
#include <string_view>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;
using archive::quote_rows::check_quote;
using archive::quote_rows::check_quotes;
using archive::quote_rows::PageRow;

TEST_CASE("a role or trade word before a name is no part of the speaker's name", "[quotes][quotes78]") {
    const std::vector<PageRow> rows = {
        {"en", {"The race is open.", "Businesswoman Kerry Dale says she will \u201Cclean up the town hall\u201D."},
         "clean up the town hall", "Kerry Dale"},
        {"en", {"The budget is late.", "State Treasurer Glenn Hatter said the figures were \u201Ca mess\u201D."},
         "a mess", "Glenn Hatter"},
        {"de", {"Das Budget ist umstritten.", "Deren Klubobfrau Lea Hofer sagte: \u201EDas ist unsozial.\u201C"},
         "Das ist unsozial.", "Lea Hofer"},
        {"de", {"Das Budget ist umstritten.", "Klubobmann Karl Gruber sagte: \u201EDas ist unsozial.\u201C"},
         "Das ist unsozial.", "Karl Gruber"},
    };
    check_quotes(rows);
}

TEST_CASE("a role word alone after its article finds the person named with a compound of it", "[quotes][quotes78]") {
    const std::vector<PageRow> rows = {
        {"de",
         {"Die Polizei bekommt mehr Geld.", "Berlins Innensenatorin Petra Lange hat neue Regeln vorgestellt.",
          "\u201EWir stellen mehr Personal ein\u201C, sagte die Senatorin."},
         "Wir stellen mehr Personal ein",
         "Petra Lange"},
        // (a role the page never gave anyone is still nobody's name: no speaker "Datenschützerin")
        {"de",
         {"Die Pläne sind umstritten.", "\u201EDas untergräbt das Vertrauen\u201C, erklärte die Datenschützerin."},
         "Das untergräbt das Vertrauen",
         ""},
        {"de",
         {"Die Pläne sind umstritten.", "\u201EDas untergräbt das Vertrauen\u201C, sagte der Wehrbeauftragte."},
         "Das untergräbt das Vertrauen",
         ""},
    };
    check_quotes(rows);
}

TEST_CASE("a party's noun before a name is no part of it", "[quotes][quotes78]") {
    const std::vector<PageRow> rows = {
        {"fr",
         {"Le débat a été vif.", "Le Vert Julien Morand a critiqué la décision. « C'est une erreur », a-t-il dit."},
         "C'est une erreur",
         "Julien Morand"},
        {"fr",
         {"Le débat a été vif.", "La Socialiste Anne Perrin a critiqué la décision. « C'est une erreur », a-t-elle dit."},
         "C'est une erreur",
         "Anne Perrin"},
        {"en",
         {"The debate was heated.", "Democrat Jane Rowley said the plan was \u201Ca disaster\u201D."},
         "a disaster",
         "Jane Rowley"},
    };
    check_quotes(rows);
    // ("Republican" also opens a body's name: not read as a member's label)
    check_quote({"en", {"The debate was heated.", "The Republican National Committee said the plan was \u201Ca scam\u201D."},
                 "a scam", "Republican National Committee"});
}

TEST_CASE("a nationality or a region's demonym alone after its article stands for the person named",
          "[quotes][quotes78]") {
    const std::vector<PageRow> rows = {
        {"fr",
         {"Le débat a été vif.", "Le conseiller fédéral Marco Bernasconi a défendu la ligne du gouvernement.",
          "« La neutralité n'est pas l'indifférence », a déclaré le Tessinois."},
         "La neutralité n'est pas l'indifférence",
         "Marco Bernasconi"},
        {"fr",
         {"La boulangerie a brûlé.", "Le patron Yann Kerhervé a tout perdu.",
          "« Trente ans de travail partis en fumée », explique le Breton."},
         "Trente ans de travail partis en fumée",
         "Yann Kerhervé"},
        {"en",
         {"The talks went on.", "Trade envoy Paul Girard met the committee on Tuesday.",
          "\u201CWe are close,\u201D the French official said."},
         "We are close",
         "Paul Girard"},
        {"it",
         {"Il vertice è finito.", "Il ministro Paolo Neri ha incontrato i colleghi.",
          "«Siamo vicini», ha detto il francese."},
         "Siamo vicini",
         "Paolo Neri"},
        // (no one named: the demonym names no one, and is no body's name)
        {"fr", {"Le débat a été vif.", "« La neutralité compte », a déclaré le Tessinois."}, "La neutralité compte", ""},
        {"fr", {"Le débat a été vif.", "« La neutralité compte », a déclaré le Français."}, "La neutralité compte", ""},
    };
    check_quotes(rows);
}

TEST_CASE("a role owned by a name in the possessive brings in someone new", "[quotes][quotes78]") {
    const std::vector<PageRow> rows = {
        {"en",
         {"Ms. Jane Rowley spoke on Monday.",
          "Ashby's tax commissioner says \u201Cno one leaked the returns\u201D."},
         "no one leaked the returns",
         ""},
        {"en",
         {"Ms. Jane Rowley spoke on Monday.",
          "The county's new police chief said \u201Cno one leaked the files\u201D."},
         "no one leaked the files",
         ""},
        // (the same role without the owner falls back to the one person named)
        {"en",
         {"Jane Rowley opened the new pier on Monday.", "The commissioner said \u201Cthe pier is safe\u201D."},
         "the pier is safe",
         "Jane Rowley"},
    };
    check_quotes(rows);
}

TEST_CASE("a demonym noun alone after its article stands for the person named", "[quotes][quotes78]") {
    const std::vector<PageRow> rows = {
        {"en",
         {"The talks went on.", "Paul Girard met the committee on Tuesday.",
          "\u201CWe are close,\u201D the Frenchman said."},
         "We are close",
         "Paul Girard"},
        {"de",
         {"Die Gespräche gehen weiter.", "Der Gesandte Paul Smith traf am Dienstag den Ausschuss.",
          "\u201EWir sind nah dran\u201C, sagte der Brite."},
         "Wir sind nah dran",
         "Paul Smith"},
        // (no one named: nobody, and no body called "Brite")
        {"de",
         {"Die Gespräche gehen weiter.", "Die Regierung tagte am Dienstag.",
          "\u201EWir sind nah dran\u201C, sagte der Brite."},
         "Wir sind nah dran",
         ""},
    };
    check_quotes(rows);
}

TEST_CASE("one elected stands for the mayor the page named", "[quotes][quotes78]") {
    const std::vector<PageRow> rows = {
        {"fr",
         {"La boulangerie a brûlé.", "Le boulanger Yann Kerhervé a tout perdu. « Trente ans de travail », raconte-t-il.",
          "Le maire, Isabelle Morvan, est venue lui apporter son soutien. « La ville sera à ses côtés », assure l'élue."},
         "La ville sera à ses côtés",
         "Isabelle Morvan"},
        {"fr",
         {"La boulangerie a brûlé.", "Le boulanger Yann Kerhervé a tout perdu. « Trente ans de travail », raconte-t-il.",
          "Le maire, Paul Morvan, est venu lui apporter son soutien. « La ville sera à ses côtés », assure l'élu."},
         "La ville sera à ses côtés",
         "Paul Morvan"},
    };
    check_quotes(rows);
}

TEST_CASE("a body whose name opens with an organisation's noun takes no pronoun of a person", "[quotes][quotes78]") {
    const std::vector<PageRow> rows = {
        {"de",
         {"Der Streik beginnt.", "Die Gewerkschaft Norddeutscher Busfahrer (GNB) hat einen Streik angekündigt.",
          "Verkehrsminister Jens Albrecht forderte Gespräche. Er sei über die Pläne der GNB nicht informiert worden, "
          "sagte er der Zeitung."},
         "Er sei über die Pläne der GNB nicht informiert worden",
         "Jens Albrecht"},
        {"de",
         {"Der Streik beginnt.", "Die Stiftung Freie Bildung hat den Plan kritisiert.",
          "Verkehrsminister Jens Albrecht blieb gelassen. „Wir reden mit allen“, sagte er."},
         "Wir reden mit allen",
         "Jens Albrecht"},
    };
    check_quotes(rows);
}
