// A broadcaster's top picture printed with a caption and no credit: a sentence with no stop right under the byline's
// lines (the name, the job, the place reported from), over the text's first paragraph (probe55 M4). It went to the
// boilerplate (media.cpp, caption_under_byline()). A line with a stop there is the text; a page with a lede, or whose
// line under the byline is short or a label, keeps it out of the media. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

namespace {

struct Row {
    const char* head;    // menu, headline, buttons, byline lines
    const char* caption; // the line under the byline
    const char* text;    // the text's paragraphs
};

const char* const en_head = "Home\nNews\nSport\nWeather\nScience\nHealth\n"
                            "Island ferry contract goes to a shipyard abroad\nPublished\n2 hours ago\nShare\nSave\n"
                            "Jane Roe\nTransport correspondent\nReporting from Oban\n";
const char* const en_text =
    "A contract to build three new ferries for the island routes has been given to a shipyard across the sea.\n"
    "The deal was announced by the ferry operator on Thursday afternoon after months of delay.\n"
    "Islanders have complained about cancelled sailings for years.\n";
const char* const fr_head = "Accueil\nInfo\nSport\nMétéo\nSciences\nSanté\n"
                            "Le contrat des ferries attribué à un chantier étranger\nPublié\nil y a 2 heures\nPartager\n"
                            "Jeanne Morel\nCorrespondante régionale\nEn direct de Brest\n";
const char* const fr_text =
    "Le contrat pour construire trois nouveaux ferries pour les îles a été attribué à un chantier étranger.\n"
    "L'accord a été annoncé jeudi après-midi par l'exploitant des lignes, après des mois de retard.\n"
    "Les îliens se plaignent depuis des années des traversées annulées.\n";
const char* const de_head = "Startseite\nNachrichten\nSport\nWetter\nWissen\nGesundheit\n"
                            "Auftrag für neue Fähren geht an eine Werft im Ausland\nVeröffentlicht\nvor 2 Stunden\n"
                            "Teilen\nAnna Muster\nKorrespondentin Norddeutschland\nAus Kiel\n";
const char* const de_text =
    "Der Auftrag für den Bau von drei neuen Fähren für die Inselrouten ist an eine Werft im Ausland gegangen.\n"
    "Die Reederei gab die Entscheidung am Donnerstagnachmittag nach monatelanger Verzögerung bekannt.\n"
    "Die Inselbewohner klagen seit Jahren über ausgefallene Fahrten.\n";

// Each row's page: its line under the byline is the one medium's caption, no paragraph (taken), or no medium at all.
template <std::size_t N>
void check_rows(const Row (&rows)[N], bool taken) {
    for (const Row& r : rows) {
        INFO(r.caption);
        const Article a = parse(std::string(r.head) + r.caption + "\n" + r.text);
        if (!taken) {
            CHECK(a.media.empty());
            continue;
        }
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::string(r.caption));
        CHECK_FALSE(a.media[0].credit);
        REQUIRE_FALSE(a.sections.empty());
        REQUIRE_FALSE(a.sections[0].paragraphs.empty());
        CHECK(a.sections[0].paragraphs[0].rfind(r.caption, 0) != 0);
    }
}

} // namespace

TEST_CASE("a sentence with no stop under the byline's lines is the top picture's uncredited caption",
          "[media][caption][media41]") {
    const Row rows[] = {
        {en_head, "The new ferries are expected to enter service in 2029", en_text},
        {fr_head, "Les nouveaux ferries devraient entrer en service en 2029", fr_text},
        {de_head, "Die neuen Fähren sollen im Jahr 2029 in Dienst gehen", de_text},
    };
    check_rows(rows, true);
}

TEST_CASE("a line under the byline that is text, short or a label is no uncredited caption",
          "[media][caption][media41]") {
    const Row rows[] = {
        // a sentence closed by a stop: the text's first paragraph
        {en_head, "The new ferries are expected to enter service in 2029.", en_text},
        {fr_head, "Les nouveaux ferries devraient entrer en service en 2029.", fr_text},
        // too short for a caption's sentence
        {en_head, "Watch the launch", en_text},
        {de_head, "Mehr zum Thema", de_text},
        // a label
        {en_head, "Listen: the new ferries explained by our correspondent", en_text},
        {de_head, "Hintergrund: die neuen Fähren und ihre lange Geschichte", de_text},
    };
    check_rows(rows, false);
}

TEST_CASE("a name's line or a standfirst right under the byline's name is no uncredited caption",
          "[media][caption][media41]") {
    const char* const en_name = "Home\nNews\nIsland ferry contract goes to a shipyard abroad\nPublished\n2 hours ago\n"
                                "Jane Roe\n";
    const char* const de_name = "Startseite\nNachrichten\nAuftrag für neue Fähren geht an eine Werft im Ausland\n"
                                "Veröffentlicht\nvor 2 Stunden\nAnna Muster\n";
    const Row rows[] = {
        // names and titles, no sentence
        {en_head, "Reviewed by Tom Baker, MD, Chief Medical Editor", en_text},
        {fr_head, "Relu par Paul Girard, Rédacteur en Chef Adjoint", fr_text},
        // right under the name: the standfirst or the text's first line
        {en_name, "The new ferries are expected to enter service in 2029", en_text},
        {de_name, "Die neuen Fähren sollen im Jahr 2029 in Dienst gehen", de_text},
    };
    check_rows(rows, false);
}

TEST_CASE("a page with a lede keeps the line under its byline out of the media", "[media][caption][media41]") {
    const std::string en = "Home\nNews\nIsland ferry contract goes to a shipyard abroad\n"
                           "Three new vessels will be built across the sea after no local yard made an offer.\n"
                           "By Jane Roe\nDecember 3, 2026\nThe new ferries are expected to enter service in 2029\n" +
                           std::string(en_text);
    const std::string fr = "Accueil\nInfo\nLe contrat des ferries attribué à un chantier étranger\n"
                           "Trois nouveaux navires seront construits à l'étranger faute d'offre d'un chantier local.\n"
                           "Par Jeanne Morel\n3 décembre 2026\nLes nouveaux ferries devraient entrer en service en "
                           "2029\n" +
                           std::string(fr_text);
    for (const std::string& text : {en, fr}) {
        const Article a = parse(text);
        INFO(text);
        REQUIRE(a.lede);
        CHECK(a.media.empty());
    }
}
