// probe31: a line of names over the date line printing where each author wrote from ("Jeanne Dupont (Lausanne)",
// "Jeanne Dupont, à Berne") or the agency written with ("Anna Muster, dpa"). Invented lines.
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <tuple>
#include <vector>

using namespace archive;

TEST_CASE("names over a date with the place each wrote from", "[byline][probe31]") {
    for (const auto& [line, names] :
         {std::tuple{"Jeanne Dupont (Lausanne)", std::vector<std::string>{"Jeanne Dupont"}},
          std::tuple{"Jeanne Dupont (Lausanne), Marc Favre (Berne)",
                     std::vector<std::string>{"Jeanne Dupont", "Marc Favre"}},
          std::tuple{"Jeanne Dupont, à Berne", std::vector<std::string>{"Jeanne Dupont"}},
          std::tuple{"Anna Muster, in Bern", std::vector<std::string>{"Anna Muster"}},
          std::tuple{"Anna Muster (Zürich)", std::vector<std::string>{"Anna Muster"}},
          std::tuple{"Jane Roe, in London", std::vector<std::string>{"Jane Roe"}},
          std::tuple{"Anna Rossi, da Roma", std::vector<std::string>{"Anna Rossi"}},
          std::tuple{"Ana Ruiz, desde Madrid", std::vector<std::string>{"Ana Ruiz"}},
          std::tuple{"Anna Muster, dpa", std::vector<std::string>{"Anna Muster", "dpa"}},
          std::tuple{"Jeanne Dupont / AFP", std::vector<std::string>{"Jeanne Dupont", "AFP"}}}) {
        INFO(line);
        const auto got = names_over_date(line);
        REQUIRE(got);
        CHECK(*got == names);
    }
}

TEST_CASE("a parenthesis or a preposition of no place leaves no names over a date", "[byline][probe31]") {
    for (const char* line : {"Jeanne Dupont (texte et photos de la rédaction)", "Jeanne Dupont, à la une",
                             "Anna Muster, in der Stadt", "Jane Roe, in the end", "ATS, Jeanne Dupont"}) {
        INFO(line);
        CHECK_FALSE(names_over_date(line));
    }
}

TEST_CASE("the names line over the date line signs the page, the agency among them tags it", "[byline][probe31]") {
    const std::string head = "Le Quotidien\nSociété\nLes bibliothèques municipales allongent leurs horaires\n";
    const std::string text = "Les bibliothèques de la ville ouvriront jusqu'à 21 heures en semaine, a annoncé la "
                             "municipalité mardi.\nLa mesure coûtera 400 000 francs par an et nécessitera six "
                             "bibliothécaires supplémentaires.\n";
    for (const auto& [lang, names_line, date, authors, agency] :
         {std::tuple{"fr", "Jeanne Dupont (Lausanne)", "Publié le 24 novembre 2026 à 14h12",
                     std::vector<std::string>{"Jeanne Dupont"}, ""},
          std::tuple{"fr", "Jeanne Dupont, à Berne", "Publié le 24 novembre 2026 à 14h12",
                     std::vector<std::string>{"Jeanne Dupont"}, ""},
          std::tuple{"fr", "Anna Muster, dpa", "Publié le 24 novembre 2026 à 14h12",
                     std::vector<std::string>{"Anna Muster"}, "dpa"}}) {
        const std::string page = head + names_line + "\n" + date + "\n" + text;
        INFO(page);
        const Article a = classify(segment(page), lang);
        CHECK(a.authors == authors);
        CHECK((a.source_tag ? a.source_tag->raw : std::string()) == agency);
    }
}

TEST_CASE("two authors each over its job title under the headline are both the authors", "[byline][probe31]") {
    for (const auto& [lang, head, lines, date, text, authors] :
         {std::tuple{"en", "Harbour News\nBusiness\nFerry operator cuts winter timetable on the northern routes\n",
                     "Tom Hale\nBusiness reporter\nJane Roe\nTransport correspondent\n", "Published 24 November 2026\n",
                     "The ferry operator will run two crossings a day instead of four from December, it said on "
                     "Tuesday.\nThe company blamed rising fuel costs and a shortage of crew for the cut.\n",
                     std::vector<std::string>{"Tom Hale", "Jane Roe"}},
          std::tuple{"fr", "Le Quotidien\nSociété\nLa compagnie de navigation réduit son horaire d'hiver\n",
                     "Jeanne Dupont\nJournaliste\nMarc Favre\nCorrespondant à Berne\n",
                     "Publié le 24 novembre 2026 à 14h12\n",
                     "La compagnie ne proposera plus que deux traversées par jour dès décembre, a-t-elle annoncé "
                     "mardi.\nElle invoque la hausse du prix du carburant et le manque de personnel.\n",
                     std::vector<std::string>{"Jeanne Dupont", "Marc Favre"}},
          std::tuple{"de", "Hafenblatt\nWirtschaft\nFährbetrieb kürzt den Winterfahrplan auf den nördlichen Linien\n",
                     "Anna Berg\nKorrespondentin in Paris\nJan Roth\nKorrespondent in Berlin\n",
                     "Veröffentlicht am 24.11.2026\n",
                     "Der Fährbetrieb wird ab Dezember zwei statt vier Überfahrten pro Tag anbieten, teilte er am "
                     "Dienstag mit.\nDas Unternehmen begründete die Kürzung mit steigenden Treibstoffkosten.\n",
                     std::vector<std::string>{"Anna Berg", "Jan Roth"}},
          // (One author over a job title; a team's run of four names and titles keeps its first name only.)
          std::tuple{"en", "Harbour News\nBusiness\nFerry operator cuts winter timetable on the northern routes\n",
                     "Tom Hale\nBusiness reporter\n", "Published 24 November 2026\n",
                     "The ferry operator will run two crossings a day instead of four from December, it said on "
                     "Tuesday.\nThe company blamed rising fuel costs and a shortage of crew for the cut.\n",
                     std::vector<std::string>{"Tom Hale"}},
          std::tuple{"en", "Harbour News\nBusiness\nFerry operator cuts winter timetable on the northern routes\n",
                     "Ann Bee\nEditor\nCarl Dee\nReporter\nEve Eff\nReporter\nGus Hii\nEditor\n",
                     "Published 24 November 2026\n",
                     "The ferry operator will run two crossings a day instead of four from December, it said on "
                     "Tuesday.\nThe company blamed rising fuel costs and a shortage of crew for the cut.\n",
                     std::vector<std::string>{"Ann Bee"}}}) {
        const std::string page = std::string(head) + lines + date + text;
        INFO(page);
        CHECK(classify(segment(page), lang).authors == authors);
    }
}

TEST_CASE("an agency after the names, its article glued by an apostrophe, is the byline's source",
          "[byline][agencies][probe31]") {
    for (const auto& [lang, line, names] :
         {std::tuple{"fr", "Par Jeanne Dupont avec l'AFP", std::vector<std::string>{"Jeanne Dupont", "AFP"}},
          std::tuple{"fr", "Par Jeanne Dupont, avec l\u2019AFP", std::vector<std::string>{"Jeanne Dupont", "AFP"}},
          std::tuple{"it", "Di Anna Rossi con l'Ansa", std::vector<std::string>{"Anna Rossi", "Ansa"}},
          // (An article glued to no agency's name ends the names: "l'aide de ..." is prose.)
          std::tuple{"fr", "Par Jeanne Dupont avec l'aide de Marc Favre", std::vector<std::string>{"Jeanne Dupont"}}}) {
        INFO(line);
        const auto got = byline_authors(line, lang);
        REQUIRE(got);
        CHECK(*got == names);
    }
}
