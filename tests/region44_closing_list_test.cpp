// A closing list under its own heading on a page that sets its paragraphs apart with blank lines: the heading set
// apart, its items glued to one another ("Prices / (blank) / A seat costs from £45 / A shared cabin from £90 / ..."),
// is the article's last section; the line after the blank under it ("Read more: ...") is not (region_facts.cpp
// fact_box_end()). Invented lines.
#include <catch2/catch.hpp>

#include "region_pages.hpp"

#include <string>

using namespace archive;

namespace {

// A page of `lang` whose paragraphs stand apart, then `tail`.
std::string spaced_article(const std::string& lang, const std::string& tail) {
    const std::string body =
        lang == "de" ? "Nachtzüge fahren wieder in den Norden\n\n"
                       "Die Bahn setzt ab April wieder Schlafwagen zwischen Kellbach und der Küste ein.\n\n"
                       "Die Buchungen für den ersten Monat waren nach zwei Tagen ausverkauft, sagte ein Sprecher.\n\n"
                       "Die Wagen wurden in der Werft in Oberau für den Betrieb im Norden umgebaut.\n\n"
        : lang == "fr" ? "Les trains de nuit reviennent sur la ligne du nord\n\n"
                         "La compagnie relance dès avril les couchettes entre Kerlouan et la frontière.\n\n"
                         "Les réservations du premier mois ont été complètes en deux jours, selon un porte-parole.\n\n"
                         "Les voitures ont été rénovées dans les ateliers de Saint-Aubin pendant tout l'hiver.\n\n"
                       : "Night trains return to the northern line\n\n"
                         "Overnight trains will run again between Kirkby and the far north from April this year.\n\n"
                         "Bookings for the first month sold out within two days, a spokesman for the operator said.\n\n"
                         "The carriages were refitted at the Dunmore works over the winter for the northern route.\n\n";
    return body + tail;
}

} // namespace

TEST_CASE("a closing list glued under its heading set apart is the article's last section", "[region][region44]") {
    struct Row {
        const char* lang;
        const char* tail;
        const char* heading;
        const char* item;
        const char* after;
    };
    for (const Row& r : {Row{"en",
                             "Prices\n\nA seat costs from £45\nA shared cabin from £90\nA private cabin from £160\n\n"
                             "Read more: Why sleeper trains are coming back\n",
                             "Prices", "A shared cabin from £90", "Read more: Why sleeper trains are coming back"},
                         Row{"de",
                             "Preise\n\nEin Sitzplatz kostet ab 45 Euro\nEin Liegeplatz ab 90 Euro\n"
                             "Ein Einzelabteil ab 160 Euro\n\nMehr zum Thema: Warum Nachtzüge zurückkommen\n",
                             "Preise", "Ein Liegeplatz ab 90 Euro", "Mehr zum Thema: Warum Nachtzüge zurückkommen"},
                         Row{"fr",
                             "Tarifs\n\nUne place assise à partir de 45 euros\nUne couchette à partir de 90 euros\n"
                             "Une cabine privée à partir de 160 euros\n\nLire aussi : Le retour des trains de nuit\n",
                             "Tarifs", "Une couchette à partir de 90 euros", "Lire aussi : Le retour des trains de nuit"}}) {
        INFO(r.lang);
        const Article a = classify(segment(spaced_article(r.lang, r.tail)), r.lang);
        CHECK(test::in_text(a, r.heading));
        CHECK(test::in_text(a, r.item));
        CHECK_FALSE(test::in_text(a, r.after));
    }
}

TEST_CASE("links glued under a heading set apart stay out of the article", "[region][region44]") {
    // The page's footer: a heading over links with no figure, no facts of the article.
    const Article a = classify(
        segment(spaced_article("en", "Follow us\n\nFacebook\nInstagram\nNewsletter\nContact\n")), "en");
    CHECK_FALSE(test::in_text(a, "Follow us"));
    CHECK_FALSE(test::in_text(a, "Instagram"));
}
