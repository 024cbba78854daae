// An interview signed by the one who asked ("Propos recueillis par X", "Das Gespräch führte X.") that puts one
// question to the one asked by a pronoun ("Comment l'expliquez-vous ?") and the others to nobody ("Faut-il
// interdire l'irrigation ?", two sentences "L'État promettait ... Où en est-on ?"): each question heads its answer,
// as where two address someone (sections_build.cpp SectionLoop::signed_interview, sections_headings.cpp). With no
// pronoun at all, the signed page's questions stay text (region43's essay test). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    std::string page;
    std::vector<std::string> questions;
};

std::vector<Row> rows() {
    return {
        {"fr",
         "Le Journal\nPlanète\nEntretien\nJeanne Morel : « Nos rivières manquent d'eau dix mois sur douze »\n"
         "L'hydrologue décrit l'assèchement des cours d'eau du Sud-Ouest et les choix qui restent à faire.\n"
         "Propos recueillis par Luc Dumas\nPublié le 6 décembre 2026 à 07h00\n"
         "Les débits d'étiage ont chuté de moitié en vingt ans. Comment l'expliquez-vous ?\n"
         "Les pluies d'été ont presque disparu, et les nappes ne se rechargent plus l'hiver comme avant. Les "
         "prélèvements agricoles, eux, n'ont pas baissé.\n"
         "Faut-il interdire l'irrigation ?\n"
         "Non, mais il faut la réserver aux cultures qui en ont vraiment besoin et mesurer chaque prélèvement.\n"
         "L'État promettait cent retenues d'eau. Où en est-on ?\n"
         "Une vingtaine ont été construites. Les autres attendent des autorisations ou sont bloquées en justice.\n"
         "Jeanne Morel est hydrologue au laboratoire des eaux de Toulouse depuis 2015.\n"
         "Partager\nContact\nMentions légales\n",
         {"Les débits d'étiage ont chuté de moitié en vingt ans. Comment l'expliquez-vous ?",
          "Faut-il interdire l'irrigation ?", "L'État promettait cent retenues d'eau. Où en est-on ?"}},
        {"de",
         "Die Zeitung\nWissen\nInterview\nJana Roth: „Unsere Flüsse haben zehn Monate im Jahr zu wenig Wasser“\n"
         "Die Hydrologin über ausgetrocknete Bäche im Osten und die Entscheidungen, die jetzt anstehen.\n"
         "6. Dezember 2026, 07:00 Uhr\n"
         "Die Pegel im Sommer haben sich in zwanzig Jahren halbiert. Wie erklären Sie das?\n"
         "Der Sommerregen ist fast verschwunden, und das Grundwasser füllt sich im Winter nicht mehr wie früher "
         "auf. Die Entnahmen der Landwirtschaft sind aber nicht gesunken.\n"
         "Muss man die Bewässerung verbieten?\n"
         "Nein, aber man muss sie den Kulturen vorbehalten, die sie wirklich brauchen, und jede Entnahme messen.\n"
         "Das Land versprach hundert Rückhaltebecken. Wie weit ist man?\n"
         "Etwa zwanzig wurden gebaut. Die anderen warten auf Genehmigungen oder hängen vor Gericht fest.\n"
         "Das Gespräch führte Lukas Brandt.\n"
         "Teilen\nKontakt\nImpressum\n",
         {"Die Pegel im Sommer haben sich in zwanzig Jahren halbiert. Wie erklären Sie das?",
          "Muss man die Bewässerung verbieten?", "Das Land versprach hundert Rückhaltebecken. Wie weit ist man?"}},
    };
}

} // namespace

TEST_CASE("a signed interview's questions head their answers, each the same way", "[region][region50]") {
    for (const Row& r : rows()) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(test::headings_of(a) == r.questions);
    }
}

TEST_CASE("an unsigned page's questions over their paragraphs stay its text", "[region][region50]") {
    // The same questions with no line signing an interview, asked of nobody: an essay's, its text as before. (Nor a
    // kicker naming an interview: "Entretien" makes the page one, sect34's labelled_interview.)
    Row r = rows().front();
    for (const std::string line : {"Propos recueillis par Luc Dumas\n", "Entretien\n"})
        r.page.erase(r.page.find(line), line.size());
    const Article a = parse(r.page);
    CHECK_FALSE(test::contains(test::headings_of(a), r.questions.front()));
    CHECK(test::contains(test::paragraphs_of(a), r.questions.front()));
}
