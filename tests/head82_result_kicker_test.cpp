// A match's result line ("Competition: TEAM – TEAM d:d") right over the report's headline is its kicker, and a
// headline that quotes a speaker after a colon ("Trainer: «Wir waren zu naiv»") under it is the headline, no row of
// the match's facts box. Invented pages, de, fr, en.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "headline_rows.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace {

const char* const de_menu = "Sport\nFussball\nSuper League\n";
const char* const de_standfirst = "Bern hat den FC Basel im eigenen Stadion klar geschlagen und führt die Tabelle nun "
                                  "mit vier Punkten Vorsprung an.";
const char* const de_rest = R"(Samstag, 06.12.2026, 20:45 Uhr
Die Gäste gingen schon nach zehn Minuten in Führung, als ihr Stürmer einen Abpraller aus kurzer Distanz verwertete.
Basel kam vor der Pause zum Ausgleich, brach nach dem Seitenwechsel aber ein und kassierte zwei weitere Tore.
Der Trainer der Basler sprach nach dem Spiel von einer verdienten Niederlage und kündigte Änderungen an.
)";
const char* const fr_menu = "Sport\nFootball\nLigue 1\n";
const char* const fr_standfirst = "Deux buts en fin de match ont offert la victoire aux Lyonnais contre leurs rivaux, "
                                  "samedi soir devant un stade plein.";
const char* const fr_rest = R"(Publié le 6 décembre 2026 à 22h45
Les visiteurs avaient ouvert le score peu avant la pause sur un coup franc bien placé dans la lucarne.
Lyon a longtemps buté sur le gardien adverse avant de renverser la rencontre dans les dix dernières minutes.
L'entraîneur lyonnais a salué le caractère de son équipe en conférence de presse après la rencontre.
)";
const char* const en_menu = "Sport\nFootball\nPremier League\n";
const char* const en_standfirst = "Two late goals gave the home side a deserved win over their rivals from across the "
                                  "river on Saturday evening.";
const char* const en_rest = R"(6 December 2026
The visitors took the lead just before the break when their captain headed in a corner at the near post.
Harbourside pressed for most of the second half and were rewarded with two goals in the last ten minutes.
The home manager praised the patience of his players and said the win would give them confidence.
)";

std::string page(const char* menu, const char* result, const char* title, const char* standfirst, const char* rest) {
    return std::string(menu) + result + "\n" + title + "\n" + standfirst + "\n" + rest;
}

} // namespace

TEST_CASE("a match's result line right over the report's headline is its kicker", "[headline][kicker][head82]") {
    const char* const de_quoted = "Bern gewinnt den Klassiker – Trainer: «Wir waren zu naiv»";
    const char* const fr_quoted = "Lyon renverse Nantes – Garnier : «Nous avons souffert»";
    const char* const en_quoted = "Harbourside beat Millford – Kerr: \"We were brave\"";
    const archive::test::HeadRow rows[] = {
        {page(de_menu, "Super League: Basel – Bern 1:3", de_quoted, de_standfirst, de_rest),
         "Super League: Basel – Bern 1:3", de_quoted, de_standfirst},
        {page(de_menu, "Super League: Basel – Bern 1:3", "Bern gewinnt den Klassiker in Basel", de_standfirst, de_rest),
         "Super League: Basel – Bern 1:3", "Bern gewinnt den Klassiker in Basel", de_standfirst},
        {page(fr_menu, "Ligue 1: Lyon – Nantes 2:1", fr_quoted, fr_standfirst, fr_rest), "Ligue 1: Lyon – Nantes 2:1",
         fr_quoted, fr_standfirst},
        {page(fr_menu, "Ligue 1: Lyon – Nantes 2:1", "Lyon renverse Nantes au bout du suspense", fr_standfirst,
              fr_rest),
         "Ligue 1: Lyon – Nantes 2:1", "Lyon renverse Nantes au bout du suspense", fr_standfirst},
        {page(en_menu, "Premier League: Harbourside – Millford 2-1", en_quoted, en_standfirst, en_rest),
         "Premier League: Harbourside – Millford 2-1", en_quoted, en_standfirst},
        {page(en_menu, "Premier League: Harbourside 2-1 Millford", en_quoted, en_standfirst, en_rest),
         "Premier League: Harbourside 2-1 Millford", en_quoted, en_standfirst},
    };
    archive::test::check_heads(rows);
}

TEST_CASE("the rows of a match's facts box under the report stay its text", "[headline][kicker][head82]") {
    // The box's rows hold colons too, but no quotation opens after them: rows of the box, kept with the report's text.
    const std::string box = "Basel – Bern 1:3 (1:1)\nTore: 10. Meier 0:1. 38. Frei 1:1. 61. Roth 1:2. 84. Roth 1:3.\n"
                            "Basel: Keller; Huber, Suter, Frei; Wyss, Graf.\nBern: Moser; Lang, Vogt; Roth, Meier.\n";
    const std::string text =
        std::string("Super League\nBern gewinnt den Klassiker in Basel\n") + de_standfirst + "\n" + de_rest + box;
    const archive::Article a = archive::parse(text, "x");
    CHECK(a.headline.value_or("") == "Bern gewinnt den Klassiker in Basel");
    std::vector<std::string> paragraphs;
    for (const archive::Section& s : a.sections)
        paragraphs.insert(paragraphs.end(), s.paragraphs.begin(), s.paragraphs.end());
    for (const char* row :
         {"Tore: 10. Meier 0:1. 38. Frei 1:1. 61. Roth 1:2. 84. Roth 1:3.",
          "Basel: Keller; Huber, Suter, Frei; Wyss, Graf.", "Bern: Moser; Lang, Vogt; Roth, Meier."}) {
        INFO(row);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), row) != paragraphs.end());
    }
}
