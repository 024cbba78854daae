// A lead picture's caption printed twice (the picture's alt text, then its figcaption) around or over its credit,
// under the article's byline or date line and its share button (probe60 H1): the caption is no headline, though the
// body repeats its words more often than the headline's (an inflected headline shares few exact forms with the text).
// Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

namespace {

// A news page: the site's name and menu, the section label, the title, the byline and the date, a share button, the
// picture's lines as printed, and the body.
std::string picture_page(const std::string& head, const std::string& title, const std::string& signed_lines,
                         const std::string& picture, const std::string& body) {
    return head + title + "\n" + signed_lines + picture + body;
}

} // namespace

TEST_CASE("a caption printed twice around or over its credit under the byline is no headline",
          "[classify][headline][head66]") {
    struct Row {
        const char* shape;
        std::string page;
        const char* title;
        const char* caption;
    };
    const std::string pl_title = "Port zamyka nabrzeże dla promów? Burmistrz odpowiada przewoźnikom";
    const std::string pl_caption = "Burmistrz Gdańska Jan Wiśniewski podczas konferencji w porcie";
    const std::string pl_body =
        "Burmistrz Jan Wiśniewski zapowiedział w czwartek w porcie, że nabrzeże zostanie zamknięte na trzy miesiące "
        "z powodu remontu.\nPodczas konferencji w porcie burmistrz Wiśniewski dodał, że promy będą przypływać do "
        "innego nabrzeża.\nPrzewoźnicy zapowiedzieli, że poproszą o spotkanie jeszcze przed świętami.\n";
    const std::string pl_head = "Portal Portowy\nWiadomości\nSport\nPogoda\nKraj\n";
    const std::string de_title = "Hafen sperrt den Anleger für Fähren: Bürgermeisterin antwortet den Reedern";
    const std::string de_caption = "Bürgermeisterin Anna Muster bei einer Pressekonferenz im Hafen";
    const std::string de_body =
        "Bürgermeisterin Anna Muster kündigte am Donnerstag bei einer Pressekonferenz im Hafen an, dass der Anleger "
        "drei Monate lang gesperrt wird.\nBei der Pressekonferenz im Hafen sagte Muster, die Fähren würden an einem "
        "anderen Anleger festmachen.\nDie Reedereien wollen noch vor Weihnachten um ein Treffen bitten.\n";
    const std::string fr_title = "Le port ferme le quai aux ferries : la maire répond aux armateurs";
    const std::string fr_caption = "La maire Jeanne Morel lors d'une conférence de presse au port";
    const std::string fr_body =
        "La maire Jeanne Morel a annoncé jeudi lors d'une conférence de presse au port que le quai serait fermé "
        "pendant trois mois.\nLors de la conférence de presse au port, Jeanne Morel a ajouté que les ferries "
        "accosteraient à un autre quai.\nLes armateurs demanderont une rencontre avant les fêtes.\n";
    const Row rows[] = {
        {"copy over credit",
         picture_page("Le Phare\nActualités\nSport\nMétéo\nRégion\n", fr_title,
                      "Par Paul Girard\nPublié le 5 décembre 2026 à 14h32\n",
                      "Partager :\n" + fr_caption + "\n" + fr_caption + "\n© AFP / Marc Roy\n", fr_body),
         fr_title.c_str(), fr_caption.c_str()},
        // The caption, its copy, then the credit.
        {"copy over credit",
         picture_page(pl_head, pl_title, "Oprac. Tomasz Lewandowski\n05-12-2026 14:32\n",
                      "Udostępnij:\n" + pl_caption + "\n" + pl_caption + "\n© PAP | Jan Nowak\n", pl_body),
         pl_title.c_str(), pl_caption.c_str()},
        // The caption, the credit, then its copy.
        {"copy around credit",
         picture_page(pl_head, pl_title, "Aktualizacja: 2026-12-05 16:40\nPublikacja: 2026-12-05 14:32\n",
                      "Udostępnij\n" + pl_caption + "\nPAP/Jan Nowak\n" + pl_caption + "\n", pl_body),
         pl_title.c_str(), pl_caption.c_str()},
        // The caption over its copy glued to the credit.
        {"copy glued to credit",
         picture_page("Hafenblatt\nNachrichten\nSport\nWetter\nRegion\n", de_title,
                      "Von Lena Brandt\n5. Dezember 2026, 14:32 Uhr\n",
                      "Teilen\n" + de_caption + "\n" + de_caption + " | Foto: Jan Beispiel\n", de_body),
         de_title.c_str(), de_caption.c_str()},
        {"copy over credit",
         picture_page("Hafenblatt\nNachrichten\nSport\nWetter\nRegion\n", de_title,
                      "Von Lena Brandt\n5. Dezember 2026, 14:32 Uhr\n",
                      "Teilen:\n" + de_caption + "\n" + de_caption + "\nFoto: dpa/Jan Beispiel\n", de_body),
         de_title.c_str(), de_caption.c_str()},
    };
    for (const auto& r : rows) {
        INFO(r.shape << ": " << r.title);
        const Article a = parse(r.page);
        CHECK(a.headline == std::string(r.title));
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::string(r.caption));
    }
}

TEST_CASE("a title printed twice over a lead picture's credit, above the byline, is still the headline",
          "[classify][headline][head66]") {
    // The copy and the credit alone are no caption's: the head is signed under them, not over them.
    const std::string title = "Harbour ferries stop at the old quay for three months of repairs";
    const Article a = parse("Harbour Notes\nNews\nSport\nWeather\n" + title + "\n" + title +
                            "\nPhoto: Jane Roe\nBy Tom Vale\n5 December 2026\n"
                            "The ferries will stop at the old quay from Monday while the harbour repairs the main "
                            "pier, the port authority said on Thursday.\nThe works are expected to last three months "
                            "and will cost the city about two million pounds, officials said.\n");
    CHECK(a.headline == title);
}
