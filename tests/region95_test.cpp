// Lines of the article's body that went to the boilerplate (invented pages):
// - an interview whose questions stand as plain lines over answers of a sentence or three (main_region(),
//   weigh_interview_turns()): three turns at least are the article's text, and so is a short question's answer of
//   fewer than five words among them (interview_asks()); questions over no statement are not.
// - a table's label holding a figure of its own ("Members since 2023") glued over rows of another count of figures
//   ("2023 184") is the table's label, and the rows under it are a table amid the text (table_line_amid_text()).
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "figure_tables.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct InterviewRow {
    const char* lang;
    std::string page;
    std::vector<const char*> turns; // lines that must be the article's text
};

// The short article of `lang` with `tail` under it, classified.
Article with_tail(const std::string& lang, const std::string& tail) {
    return classify(segment(test::article_with_tail(lang, tail)), lang);
}

} // namespace

TEST_CASE("an interview's plain questions over short answers are the article's text", "[region][region95]") {
    const InterviewRow rows[] = {
        {"de",
         "„Der Deich hält“: Gespräch mit dem Deichgrafen\n\nDeichgraf Ole Harmsen über den Sturm der letzten Woche in "
         "Süderwarf.\n\nVon Katrin Lembeck\n\nSüderwarf. Ole Harmsen empfängt uns im Deichhaus, draußen regnet es noch "
         "immer.\n\nHerr Harmsen, wie geht es dem Deich?\n\n„Er hat gehalten. Das ist die Hauptsache.“\n\nHatten Sie "
         "Angst?\n\n„Ja. Die Nacht war lang.“\n\nWas muss jetzt passieren?\n\n„Wir prüfen jeden Meter. Dann wird "
         "ausgebessert.“\n\nWer zahlt das?\n\n„Der Verband und das Land.“\n\nReicht das Geld?\n\n„Diesmal schon.“\n",
         {"Herr Harmsen, wie geht es dem Deich?", "„Ja. Die Nacht war lang.“", "Wer zahlt das?", "Reicht das Geld?",
          "„Diesmal schon.“"}},
        {"fr",
         "« La digue a tenu » : entretien avec le garde-digue\n\nLe garde-digue Paul Hermant revient sur la tempête de "
         "la semaine dernière à Port-Laurier.\n\nPar Karine Lembert\n\nPort-Laurier. Paul Hermant nous reçoit à la "
         "maison de la digue, sous une pluie battante.\n\nMonsieur Hermant, comment va la digue ?\n\n« Elle a tenu. "
         "C'est l'essentiel. »\n\nAvez-vous eu peur ?\n\n« Oui. La nuit a été longue. »\n\nQue faut-il faire "
         "maintenant ?\n\n« Nous contrôlons chaque mètre. Puis nous réparons. »\n\nQui paie ?\n\n« Le syndicat et la "
         "région. »\n\nL'argent suffira-t-il ?\n\n« Cette fois, oui. »\n",
         {"Monsieur Hermant, comment va la digue ?", "« Oui. La nuit a été longue. »", "Qui paie ?",
          "« Cette fois, oui. »"}},
        {"it",
         "«L'argine ha tenuto». Parla il custode\n\nIl custode dell'argine Paolo Ermanni sulla tempesta della scorsa "
         "settimana a Porto Lauro.\n\ndi Carla Lembi\n\nPorto Lauro. Paolo Ermanni ci riceve nella casa dell'argine, "
         "fuori piove ancora.\n\nErmanni, come sta l'argine?\n\n«Ha tenuto. È la cosa principale.»\n\nHa avuto "
         "paura?\n\n«Sì. La notte è stata lunga.»\n\nChe cosa bisogna fare adesso?\n\n«Controlliamo ogni metro. Poi "
         "ripariamo.»\n\nChi paga?\n\n«Il consorzio e la regione.»\n\nBastano i soldi?\n\n«Questa volta sì.»\n",
         {"Ermanni, come sta l'argine?", "«Controlliamo ogni metro. Poi ripariamo.»", "Chi paga?",
          "«Questa volta sì.»"}},
        {"en",
         "'The dyke held': talking to the dyke warden\n\nDyke warden Owen Harmer on last week's storm in Saltmarsh "
         "End.\n\nBy Kate Lambeck\n\nSaltmarsh End. Owen Harmer meets us at the dyke house while the rain keeps "
         "falling.\n\nMr Harmer, how is the dyke?\n\n\"It held. That is what matters.\"\n\nWere you afraid?\n\n\"Yes. "
         "It was a long night.\"\n\nWhat has to happen now?\n\n\"We check every metre. Then we repair.\"\n\nWho "
         "pays?\n\n\"The board and the county.\"\n\nIs the money enough?\n\n\"This time, yes.\"\n",
         {"Mr Harmer, how is the dyke?", "\"Yes. It was a long night.\"", "Who pays?", "\"This time, yes.\""}},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        for (const char* line : r.turns) {
            INFO(line);
            CHECK(test::in_text(a, line));
            CHECK_FALSE(test::in_boilerplate(a, line));
        }
    }
}

TEST_CASE("a short question's last line under it must answer it", "[region][region95]") {
    // The same interview, its last question over a prompt of the paywall (no capital, no stop), or over a link: the
    // prompt stays out of the text.
    const std::string turns = "„Der Deich hält“\n\nDeichgraf Ole Harmsen über den Sturm in Süderwarf.\n\nVon Katrin "
                              "Lembeck\n\nSüderwarf. Ole Harmsen empfängt uns im Deichhaus, draußen regnet es noch "
                              "immer.\n\nHerr Harmsen, wie geht es dem Deich?\n\n„Er hat gehalten. Das ist die "
                              "Hauptsache.“\n\nHatten Sie Angst?\n\n„Ja. Die Nacht war lang.“\n\nWas muss jetzt "
                              "passieren?\n\n„Wir prüfen jeden Meter. Dann wird ausgebessert.“\n\nReicht das Geld?\n\n";
    const Article prompt = classify(segment(turns + "weiterlesen mit Plus\n"), "de");
    CHECK(test::in_text(prompt, "Hatten Sie Angst?"));
    CHECK_FALSE(test::in_text(prompt, "weiterlesen mit Plus"));
    const Article link = classify(segment(turns + "Mehr: www.deichblatt.example/abo.\n"), "de");
    CHECK_FALSE(test::in_text(link, "Mehr: www.deichblatt.example/abo."));
}

TEST_CASE("questions over no statement are no interview's turns", "[region][region95]") {
    // A box of teaser questions under the article, each over the next question or a button: no turn answers them.
    const Article teasers = with_tail("de", "\nWas kostet das neue Ticket?\nWer baut den neuen Kai?\nWie wird das "
                                            "Wetter am Wochenende?\nMehr lesen\nWarum schließt die Fähre?\nMehr "
                                            "lesen\nImpressum\nDatenschutz\n");
    CHECK_FALSE(test::in_text(teasers, "Wer baut den neuen Kai?"));
    CHECK_FALSE(test::in_text(teasers, "Warum schließt die Fähre?"));
    const Article quiz = with_tail("en", "\nQuiz of the week\nWho opened the new pier?\nWhich town won the "
                                         "regatta?\nWhen does the ferry return?\nShow answers\nTerms of Use\n");
    CHECK_FALSE(test::in_text(quiz, "Which town won the regatta?"));
}

namespace {

std::string label_page(const std::string& head, const std::string& over, const std::string& label,
                       const std::string& source, const std::string& under) {
    return head + "\n\n" + over + "\n\n" + label + "\n2023 184\n2024 197\n2025 203\n" + source + "\n\n" + under + "\n";
}

} // namespace

TEST_CASE("a table's label holding a figure of its own is no row of it", "[region][region95]") {
    struct Row {
        const char* lang;
        std::string page;
        const char* label;
    };
    const Row rows[] = {
        {"de",
         label_page("Wirtschaft\nMehr Mitglieder im Ruderverein Seebach\nVon Jonas Albrecht\n12. November 2026",
                    "Der Ruderverein Seebach zählt auch in diesem Jahr mehr Mitglieder, wie der Vorstand am Donnerstag "
                    "mitteilte.",
                    "Mitglieder seit 2023", "Quelle: Vereinsregister",
                    "Vorstand Lena Dorfner führt das Wachstum vor allem auf die neuen Kurse für Schüler zurück, die "
                    "seit zwei Jahren laufen.\n\nDer Verein will bis 2028 ein zweites Bootshaus am Nordufer bauen."
                    "\n\nTeilen\n"
                    "Impressum"),
         "Mitglieder seit 2023"},
        {"en",
         label_page("Local\nMembership of Dunmore rowing club keeps rising\nBy Carl Winton\nNovember 12, 2026",
                    "Membership of the Dunmore rowing club rose again this year, according to figures published by the "
                    "club on Thursday.",
                    "Members since 2023", "Source: Club register",
                    "Chairwoman Tessa Holm said the growth came mostly from the evening courses for adults that opened "
                    "two years ago.\n\nThe club plans to build a second boathouse on the north bank by 2028.\n\nShare "
                    "this article\nTerms of Use"),
         "Members since 2023"},
        {"it",
         label_page("Cronaca\nValdorra, crescono gli iscritti alla scuola di musica\nDi Carlo Ferretti\n12 novembre "
                    "2026",
                    "Gli iscritti alla scuola civica di musica di Valdorra sono aumentati anche quest'anno, secondo i "
                    "dati diffusi giovedì dal comune.",
                    "Iscritti dal 2023", "Fonte: Comune di Valdorra",
                    "Il direttore Rino Tassi spiega che la crescita si deve soprattutto ai corsi serali per adulti, "
                    "aperti due anni fa.\n\nIl comune prevede di ampliare la sede entro il 2028, con tre nuove "
                    "aule.\n\nCondividi\nNote legali"),
         "Iscritti dal 2023"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        for (const std::string& line : {std::string(r.label), std::string("2023 184"), std::string("2025 203")}) {
            INFO(line);
            CHECK(test::in_text(a, line));
            CHECK_FALSE(test::in_boilerplate(a, line));
        }
    }
}

TEST_CASE("a line of another count of figures glued over a table's rows is not walked over", "[region][region95]") {
    // Rows of three figures under a label of one: the label heads them, the rows are the table's.
    const std::string page =
        "Wirtschaft\nMehr Mitglieder im Ruderverein Seebach\nVon Jonas Albrecht\n12. November 2026\n\nDer "
        "Ruderverein Seebach zählt auch in diesem Jahr mehr Mitglieder, wie der Vorstand am Donnerstag mitteilte.\n\n"
        "Mitglieder seit 2023\n2023 184 12\n2024 197 15\n2025 203 18\n\nVorstand Lena Dorfner führt das Wachstum vor "
        "allem auf die neuen Kurse für Schüler zurück, die seit zwei Jahren laufen.\n\nDer Verein will bis 2028 ein "
        "zweites Bootshaus am Nordufer bauen.\n\nTeilen\nImpressum\n";
    const Article a = classify(segment(page), "de");
    CHECK(test::in_text(a, "Mitglieder seit 2023"));
    CHECK(test::in_text(a, "2024 197 15"));
    // The same label and rows in the page's margins, no paragraph under them: no table amid the text.
    const Article margin =
        with_tail("de", "\nMitglieder seit 2023\n2023 184\n2024 197\n2025 203\nImpressum\nDatenschutz\n");
    CHECK_FALSE(test::in_text(margin, "Mitglieder seit 2023"));
    CHECK_FALSE(test::in_text(margin, "2024 197"));
}
