// A closing tag printed after a copyright sign, "© SZ/dpa/van" (the outlet, the agency whose wire the text was
// written from, the editor's initials), is no picture's credit: the editor's initials at its end name who wrote the
// text, which a picture's credit never does ("© dpa", "© APA/AP", "© Reuters/Jane Roe" still credit a picture).
// Taken for a credit, it made the last paragraph its caption and the heading over that paragraph a paragraph
// (credits.cpp, credit_after_prefix(), desk_initials_tag()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "region_pages.hpp"
#include "rows.hpp"

#include <string>
#include <string_view>

using namespace archive;

TEST_CASE("a copyright sign before an agency and an editor's initials is no credit", "[credits][region38]") {
    for (const char* line : {"© SZ/dpa/van", "© AFP/jm", "© ANSA/red", "©dpa/kk", "© NZZ/sda/bal", "(c) EFE/jrs"}) {
        CAPTURE(line);
        CHECK_FALSE(is_credit_line(std::string_view(line)));
    }
    // a picture's credit: no editor's initials after the agency, or a name
    for (const char* line : {"© dpa", "© APA/AP", "© Reuters/Jane Roe", "© AFP", "© picture alliance/dpa",
                             "© Hafenblatt/Lena Sommer"}) {
        CAPTURE(line);
        CHECK(is_credit_line(std::string_view(line)));
    }
}

namespace {

const std::string de_page = "Hafenblatt\n"
                            "Politik\n"
                            "Wirtschaft\n"
                            "Kultur\n"
                            "Streit um die neue Fährverbindung zu den Inseln\n"
                            "24. November 2026, 16:05 Uhr\n"
                            "Der Hafenmeister will mehr Fahrten, der Gemeinderat hält das für zu teuer.\n"
                            "Die neue Fähre im Ostkai am Montagmorgen.\n"
                            "(Foto: Lena Sommer/dpa)\n"
                            "Von Jonas Beck, Hafenstadt\n"
                            "Im Hafen wächst der Streit um die neue Fährverbindung. Der Hafenmeister fordert zwei Fahrten mehr am Tag, damit die Pendler früher auf den Inseln ankommen.\n"
                            "Der Gemeinderat hält die Kosten für zu hoch. Die Verwaltung soll bis zum Frühjahr einen Bericht über die Kosten vorlegen.\n"
                            "Wie es weitergeht\n"
                            "Der Gemeinderat will am Freitag beraten. Eine Entscheidung gilt als offen.\n"
                            "© HB/dpa/kfr\n"
                            "Bestens informiert mit Hafenblatt Plus – 4 Wochen kostenlos zur Probe lesen.\n"
                            "Zur Startseite\n";

const std::string fr_page = "La Gazette du Port\n"
                            "Politique\n"
                            "Économie\n"
                            "Culture\n"
                            "Querelle autour de la nouvelle liaison vers les îles\n"
                            "24 novembre 2026 à 16h05\n"
                            "Le capitaine du port veut plus de traversées, le conseil municipal juge le projet trop cher.\n"
                            "Le nouveau bac au quai est, lundi matin.\n"
                            "(Photo : Lena Sommer/AFP)\n"
                            "Par Jonas Beck\n"
                            "La querelle autour de la nouvelle liaison grandit au port. Le capitaine réclame deux traversées de plus par jour, pour que les travailleurs arrivent plus tôt sur les îles.\n"
                            "Le conseil municipal juge le coût trop élevé. L'administration doit remettre un rapport sur les coûts au printemps.\n"
                            "Et maintenant\n"
                            "Le conseil municipal se réunira vendredi. La décision reste ouverte.\n"
                            "© GP/AFP/jb\n"
                            "Toujours bien informé avec La Gazette Plus – 4 semaines gratuites pour essayer.\n"
                            "Retour à l'accueil\n";

} // namespace

TEST_CASE("a copyright tag of agency and initials under the text leaves the last section whole",
          "[credits][region38]") {
    const struct {
        const std::string& page;
        const char* heading;
        const char* last;
        const char* tag;
    } rows[] = {
        {de_page, "Wie es weitergeht", "Der Gemeinderat will am Freitag", "© HB/dpa/kfr"},
        {fr_page, "Et maintenant", "Le conseil municipal se réunira", "© GP/AFP/jb"},
    };
    for (const auto& r : rows) {
        INFO(r.tag);
        const Article a = parse(r.page);
        CHECK(test::contains(test::headings_of(a), r.heading));
        CHECK(test::has_paragraph_starting(a, r.last));
        CHECK(a.media.size() == 1);
        CHECK_FALSE(test::in_text(a, r.tag));
    }
}
