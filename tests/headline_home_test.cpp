// A snippet page "Startseite / two sentences / Impressum": the link to the site's home page, alone over the text,
// names no article and is no headline (a one-word title over the text still is one). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

TEST_CASE("the home page's link over a snippet is no headline", "[classify][headline]") {
    // the home page's link, the snippet's text, the footer's line
    const char* const rows[][3] = {
        {"Startseite",
         "Die Gemeinde lädt am Samstag zum Frühlingsmarkt auf dem Dorfplatz ein. Es gibt Stände mit Pflanzen und Honig.",
         "Impressum"},
        {"Accueil",
         "La commune organise samedi un marché de printemps sur la place du village. On y trouvera des plantes et du miel.",
         "Mentions légales"},
        {"Inicio",
         "El pueblo celebra el sábado un mercado de primavera en la plaza. Habrá puestos de plantas, miel y dulces.",
         "Aviso legal"},
        {"Homepage",
         "The village holds a spring market on the square on Saturday. There will be stalls with plants and honey.",
         "Imprint"},
        {"Startpagina",
         "Het dorp houdt zaterdag een lentemarkt op het plein. Er zijn kraampjes met planten, honing en koek.",
         "Colofon"},
    };
    for (const auto& [home, text, footer] : rows) {
        INFO(home);
        const std::string page = std::string(home) + "\n\n" + text + "\n\n" + footer + "\n";
        const archive::Article a = archive::parse(page, "x");
        CHECK(a.headline.value_or("") != home);
        REQUIRE(a.sections.size() == 1);
        CHECK(a.sections[0].paragraphs.at(0) == text);
    }
}

TEST_CASE("a one-word title over a snippet is still its headline", "[classify][headline]") {
    const std::string page = "Frühlingsmarkt\n\nDie Gemeinde lädt am Samstag zum Markt auf dem Dorfplatz ein. Es gibt "
                             "Stände mit Pflanzen und Honig.\n\nImpressum\n";
    const archive::Article a = archive::parse(page, "x");
    CHECK(a.headline.value_or("") == "Frühlingsmarkt");
}
