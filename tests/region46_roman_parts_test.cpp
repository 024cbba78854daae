// A long read's parts numbered by a roman numeral and its dot alone on the line ("II.", "III."): the numeral heads
// its part, its dot no sentence's stop (sections_build.cpp heads_shape(), roman_numeral_alone()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <utility>

using namespace archive;

namespace {

std::string essay(const std::string& site, const std::string& headline, const std::string (&lines)[6]) {
    return site + "\nEssays\nReviews\nArchive\n" + headline + "\nBy Anne Holloway\nPosted April 3, 2025\n" + lines[0] +
           "\n" + lines[1] + "\nII.\n" + lines[2] + "\n" + lines[3] + "\nIII.\n" + lines[4] + "\n" + lines[5] +
           "\nSubscribe\nPrivacy\nContact\n";
}

} // namespace

TEST_CASE("a roman numeral and its dot alone on the line head the part below it", "[region][region46]") {
    const std::string en[6] = {
        "In the spring of 1851, the keeper of the harbour light at Wrenmouth began a new logbook, bound in grey cloth.",
        "The logbook survives in the county archive, where it was catalogued in 1958 and rarely read since then.",
        "What the keeper wrote down was not what a modern sailor would expect. He noted the weather and the ships.",
        "These notes are the logbook's real interest. They show what a keeper thought worth telling his masters.",
        "The historian Ruth Calloway has argued that such books were written for inspectors more than for sailors.",
        "But the logbook also holds entries that are hard to read that way, written late at night and never shown."};
    const std::string fr[6] = {
        "Au printemps 1851, le gardien du phare de Port-Vallon commença un nouveau registre, relié de toile grise.",
        "Le registre est conservé aux archives départementales, où il fut classé en 1958 et presque jamais ouvert.",
        "Ce que le gardien y notait n'est pas ce qu'un marin d'aujourd'hui attendrait. Il notait le temps et les navires.",
        "Ces notes font tout l'intérêt du registre. Elles montrent ce qu'un gardien jugeait utile de rapporter.",
        "L'historienne Claire Daumas soutient que ces registres étaient écrits pour les inspecteurs plus que pour les marins.",
        "Mais le registre contient aussi des entrées difficiles à lire ainsi, écrites tard le soir et jamais montrées."};
    for (const auto& [lang, page] :
         {std::pair{"en", essay("Marginal Review", "The keeper's logbook", en)},
          std::pair{"fr", essay("La Revue des Marges", "Le registre du gardien", fr)}}) {
        const Article a = parse(page);
        INFO(lang);
        CHECK(test::contains(test::headings_of(a), "II."));
        CHECK(test::contains(test::headings_of(a), "III."));
        CHECK_FALSE(test::contains(test::paragraphs_of(a), "II."));
    }
}

TEST_CASE("a numeral's dot alone is no part when it is no roman numeral", "[region][region46]") {
    // (A letter that is no roman numeral, small letters, or the numeral without its dot: the rule reads none of them.)
    const std::string en[6] = {
        "In the spring of 1851, the keeper of the harbour light at Wrenmouth began a new logbook, bound in grey cloth.",
        "The logbook survives in the county archive, where it was catalogued in 1958 and rarely read since then.",
        "What the keeper wrote down was not what a modern sailor would expect. He noted the weather and the ships.",
        "These notes are the logbook's real interest. They show what a keeper thought worth telling his masters.",
        "The historian Ruth Calloway has argued that such books were written for inspectors more than for sailors.",
        "But the logbook also holds entries that are hard to read that way, written late at night and never shown."};
    std::string page = essay("Marginal Review", "The keeper's logbook", en);
    page = test::replaced(page, "\nII.\n", "\nB.\n");
    page = test::replaced(page, "\nIII.\n", "\nii.\n");
    const Article a = parse(page);
    CHECK_FALSE(test::contains(test::headings_of(a), "B."));
    CHECK_FALSE(test::contains(test::headings_of(a), "ii."));
}
