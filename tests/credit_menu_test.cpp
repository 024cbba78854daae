// A credit's word printed alone among a menu's entries ("About" / "Archive" / "Contact") is an entry of the menu, no
// picture's credit; the same word alone under a caption still credits the picture. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

TEST_CASE("a credit's word among a menu's entries credits no picture", "[classify][credit]") {
    struct Row {
        const char* menu; // three entries, the credit's word in the middle
        const char* headline;
        const char* text;
    };
    const Row rows[] = {
        {"Home\nArchive\nContact\n", "How I keep the old bicycle shed dry through the winter",
         "The shed leaked for three winters before I found the gap under the roof.\n\n"
         "A strip of tar paper and two hours of work closed it for good."},
        {"Startseite\nArchiv\nKontakt\n", "Wie ich den alten Fahrradschuppen trocken halte",
         "Der Schuppen war drei Winter lang undicht, bis ich die Lücke unter dem Dach fand.\n\n"
         "Ein Streifen Dachpappe und zwei Stunden Arbeit haben sie für immer geschlossen."},
        {"Accueil\nArchives\nContact\n", "Comment je garde la vieille remise à vélos au sec",
         "La remise a pris l'eau pendant trois hivers avant que je trouve la fente sous le toit.\n\n"
         "Une bande de papier goudronné et deux heures de travail l'ont fermée pour de bon."},
        {"Home\nFoto\nContatti\n", "Come tengo asciutta la vecchia rimessa delle biciclette",
         "La rimessa ha preso acqua per tre inverni prima che trovassi la fessura sotto il tetto.\n\n"
         "Una striscia di carta catramata e due ore di lavoro l'hanno chiusa per sempre."},
    };
    for (const Row& r : rows) {
        INFO(r.menu);
        const std::string page = std::string(r.menu) + "\n" + r.headline + "\n\n" + r.text + "\n";
        const archive::Article a = archive::parse(page, "x");
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.media.empty());
    }
}

TEST_CASE("a credit's word alone under a caption still credits the picture", "[classify][credit]") {
    const std::string page = "Home\nNews\nContact\n\nThe ferry will run every half hour from May\n\n"
                             "The new ferry at the pier on its first trial run.\nArchive\n\n"
                             "The city has argued about the bridge for ten years, and the ferry would cost a tenth "
                             "of it.\n\nA second boat could cross every half hour, and the old pier needs little work "
                             "to take it.\n";
    const archive::Article a = archive::parse(page, "x");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].credit.value_or("") == "Archive");
}
