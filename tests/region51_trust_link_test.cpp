// The link to the page on a site's standards, printed over or under the article ("Why you can trust Harbour News",
// "Pourquoi faire confiance à Ouest-Journal", "Warum Sie uns vertrauen können"): boilerplate, never the heading of
// the text under it (src/boilerplate.cpp trust_link(); lexicon sections trust_link_openers, trust_words). Invented
// lines and pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

TEST_CASE("a site's trust link is a boilerplate phrase in any language", "[boilerplate][region51]") {
    for (const char* line : {"Why you can trust Harbour News", "Why trust us", "Why you can trust The Coast Ledger",
                             "Pourquoi faire confiance à Ouest-Journal", "Pourquoi nous faire confiance",
                             "Warum Sie uns vertrauen können", "Por qué puedes confiar en El Diario del Puerto",
                             "Perché fidarsi del Corriere del Porto"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    // A heading of the text: a question, no site named after the phrase, or no such phrase.
    for (const char* line : {"Why you can trust the new vaccine", "Why you can trust Harbour News?",
                             "Why trust matters to voters in the port", "Pourquoi faire confiance aux sondages ?",
                             "Warum Sie Ihrem Arzt vertrauen sollten", "Why you can"}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

namespace {

// A page shaped as a broadcaster's: the standfirst over the byline, the player's notice, the caption and the trust
// link right over the text.
std::string trust_page(const std::string& lang) {
    if (lang == "fr")
        return test::page_of({"Ouest-Journal", "Accueil", "Politique", "Monde",
                              "Le port de Lorient rouvre après trois mois de travaux",
                              "Les ferries reprennent leurs rotations vers les îles dès lundi, annonce la capitainerie.",
                              "Jeanne Morel", "Mercredi 2 décembre 2026 14:26",
                              "Pourquoi faire confiance à Ouest-Journal",
                              "Le port de commerce de Lorient rouvrira lundi après trois mois de travaux sur les quais "
                              "de l'est, a annoncé mercredi la capitainerie.",
                              "Les premiers ferries partiront vers Groix à sept heures, et les horaires d'été "
                              "s'appliqueront dès la fin du mois d'avril.",
                              "Les pêcheurs ont salué la fin du chantier, qui avait fermé la moitié des postes "
                              "d'amarrage pendant tout l'hiver.",
                              "Mentions légales", "Contact"});
    return test::page_of({"Harbour News", "Home", "Politics", "World",
                          "Port reopens after three months of works on the eastern quays",
                          "The island ferries will sail again from Monday, the harbour master said.", "Jane Roe",
                          "Wednesday 2 December 2026 14:26, UK", "Why you can trust Harbour News",
                          "The port of Kelby will reopen on Monday after three months of works on the eastern quays, "
                          "the harbour master said on Wednesday.",
                          "The first ferries will leave for the islands at seven in the morning, and the summer "
                          "timetable will start at the end of April.",
                          "Fishermen welcomed the end of the works, which had closed half of the berths for the "
                          "whole of the winter.",
                          "Terms", "Contact"});
}

} // namespace

TEST_CASE("a site's trust link over the text is no heading of it", "[region][region51]") {
    for (const std::string lang : {"en", "fr"}) {
        INFO(lang);
        const Article a = classify(segment(trust_page(lang)), lang);
        const std::string link = lang == "fr" ? "Pourquoi faire confiance à Ouest-Journal" : "Why you can trust Harbour News";
        CHECK(test::in_boilerplate(a, link));
        CHECK_FALSE(test::in_text(a, link));
        CHECK(test::has_paragraph_starting(a, lang == "fr" ? "Le port de commerce" : "The port of Kelby"));
    }
}
