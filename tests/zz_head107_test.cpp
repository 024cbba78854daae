// head107: a cookie banner's button ("OK") right over the headline, and a menu's feed link or media tab ("RSS",
// "Vidéos") closing the menu over it, are no kickers. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "test_pages.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

using namespace archive;

TEST_CASE("a menu's feed link or media tab in the plural over the headline is no kicker", "[head107]") {
    const std::vector<std::pair<std::string, std::string>> tabs = {
        {"RSS", "Why our build got slower after we made it parallel"},
        {"Vidéos", "Deux randonneurs secourus au col des Aiguilles"},
        {"Videos", "Zwei Wanderer am Nadeljoch gerettet"},
        {"Vídeos", "Rescatados dos excursionistas en el puerto de Agujas"},
    };
    for (const auto& [tab, headline] : tabs) {
        const Article a = parse(test::page_of({"Ridge Notes", "Home", "Archive", "About", tab, headline,
                                        "Two walkers were brought down from the pass by the mountain rescue team on "
                                        "Sunday evening after a fall.",
                                        "By Jane Roe", "6 December 2026",
                                        "The pair had set out from the village in the morning and lost the path in "
                                        "the fog above the tree line.",
                                        "Both were taken to the valley's clinic and released the same night."}),
                                "page.txt");
        INFO(tab);
        CHECK(a.headline == std::optional<std::string>(headline));
        CHECK(a.kicker == std::nullopt);
    }
}

namespace {

std::string banner_page(const std::string& notice, const std::string& button, const std::string& headline) {
    return test::page_of({"Harbour Post", "News", "Sport", notice, button, headline,
                   "The morning ferry to Gull Island sailed again on Monday after engineers replaced a damaged shaft.",
                   "By Jane Roe", "7 December 2026",
                   "Passengers had relied on a smaller charter boat since the middle of November, when the ferry "
                   "struck a submerged rock near the harbour entrance.",
                   "The operator said the timetable would return to normal by the end of the week."});
}

} // namespace

TEST_CASE("a cookie banner's button right over the headline is no kicker", "[head107]") {
    const std::vector<std::pair<std::string, std::string>> banners = {
        {"We use cookies to improve your experience on our site.", "OK"},
        {"This site uses cookies to measure its audience and remember your preferences.", "Got it"},
        {"Wir verwenden Cookies, um Ihr Nutzererlebnis zu verbessern.", "Einverstanden"},
        {"Nous utilisons des cookies pour mesurer l'audience de ce site.", "J'accepte"},
        {"Utilizziamo i cookie per migliorare la tua esperienza di navigazione.", "Accetto"},
    };
    for (const auto& [notice, button] : banners) {
        const std::string headline = "Ferry service to Gull Island resumes after three-week repair";
        const Article a = parse(banner_page(notice, button, headline), "page.txt");
        INFO(button);
        CHECK(a.headline == std::optional<std::string>(headline));
        CHECK(a.kicker == std::nullopt);
    }
}

TEST_CASE("near miss: a section's label under the cookie notice stays the kicker", "[head107]") {
    const std::vector<std::pair<std::string, std::string>> labels = {
        {"Your privacy choices: we use cookies. Manage preferences | Accept all", "Transport"},
        {"Nous utilisons des cookies pour mesurer l'audience de ce site.", "Transports"},
    };
    for (const auto& [notice, label] : labels) {
        const std::string headline = "Ferry service to Gull Island resumes after three-week repair";
        const Article a = parse(banner_page(notice, label, headline), "page.txt");
        INFO(label);
        CHECK(a.headline == std::optional<std::string>(headline));
        CHECK(a.kicker == std::optional<std::string>(label));
    }
}
