// A caption opened by its label ("Legende:", "Légende :", "Image caption,"), on the label's line or on the line under
// a label alone, takes the credit line printed right under it as its credit: one media, not a caption without credit
// and a credit without caption (probe73 M1: SRF prints "Legende:" / <caption> / "Keystone/Name"). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

namespace {

std::string page_with(const std::string& picture) {
    return "News\nSport\nMeteo\n\nDer FC Seeblick gewinnt das Derby in Unterwil nach starker zweiter Halbzeit\n\n"
           "Der FC Seeblick hat das Derby gegen Unterwil mit 2:0 gewonnen. Beide Tore fielen in der zweiten Halbzeit "
           "nach Standardsituationen.\n\n" +
           picture +
           "\n\nMit dem Sieg rückt Seeblick bis auf einen Punkt an die Spitze heran. Unterwil fällt auf den sechsten "
           "Rang zurück.\n\nDie Tabelle\nImpressum\n";
}

} // namespace

TEST_CASE("a labelled caption takes the credit line right under it", "[media][captions][probe73]") {
    const struct {
        const char* picture;
        const char* caption;
        const char* credit;
    } rows[] = {
        {"Legende:\nJubel nach dem zweiten Tor im Seefeld.\nKeystone/Anna Meier", "Jubel nach dem zweiten Tor im Seefeld.",
         "Keystone/Anna Meier"},
        {"Legende: Jubel nach dem zweiten Tor im Seefeld.\nKeystone/Anna Meier",
         "Jubel nach dem zweiten Tor im Seefeld.", "Keystone/Anna Meier"},
        {"Légende:\nLa joie des joueurs après le deuxième but.\nKeystone/Jean Roux",
         "La joie des joueurs après le deuxième but.", "Keystone/Jean Roux"},
        {"Image caption,\nFerry workers gathered outside the port offices\nPhotograph: Tom Walsh/PA",
         "Ferry workers gathered outside the port offices", "Photograph: Tom Walsh/PA"},
    };
    for (const auto& r : rows) {
        INFO(r.picture);
        const Article a = parse(page_with(r.picture));
        REQUIRE(a.media.size() == 1);
        REQUIRE(a.media[0].caption);
        CHECK(*a.media[0].caption == r.caption);
        REQUIRE(a.media[0].credit);
        CHECK(*a.media[0].credit == r.credit);
    }
}
