// A caption's label alone on its line ("Image caption," / <caption>, "Bildunterschrift:" / <caption>) makes the line
// under it the caption, the picture's source after its label on the line over it ("Image source, Getty Images") its
// credit: no paragraph, and no headline (media.cpp, captions_under_labels()); the label closed by a comma on the
// caption's own line ("Image caption, Ferry workers ...") is read as with a colon (credit_captions.cpp,
// labelled_caption()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a caption's label alone on its line makes the line under it the caption", "[media][caption][boiler28]") {
    struct Row {
        const char* lang;
        const char* head; // menu, headline, date, buttons, byline
        const char* source;
        const char* label;
        const char* caption;
        const char* rest;
    };
    const Row rows[] = {
        {"en",
         "Home\nNews\nWorld\nHarbour ferry strike ends after three weeks of talks\n2 hours ago\nShare\nSave\nTom Hale\n"
         "Business reporter",
         "Image source, Getty Images", "Image caption,",
         "Ferry workers gathered outside the port offices during the strike last month",
         "Ferry workers at the country's largest harbour have voted to end a three-week strike after accepting a "
         "new pay offer from the operator.\nThe deal gives staff a rise of 6% this year and a further 4% next year, "
         "the union said on Wednesday evening.\nServices are expected to return to normal by the weekend, although "
         "some crossings may still be cancelled on Friday."},
        {"es",
         "Inicio\nNoticias\nInternacional\nTermina la huelga de los ferris tras tres semanas de negociación\nHace 2 "
         "horas\nCompartir\nTomás Gil\nBBC News Mundo",
         "Fuente de la imagen, Getty Images", "Pie de foto,",
         "Los trabajadores se reunieron frente a las oficinas del puerto durante la huelga",
         "Los trabajadores de los ferris del mayor puerto del país votaron poner fin a una huelga de tres semanas "
         "tras aceptar una nueva oferta salarial.\nEl acuerdo sube los sueldos un 6% este año y otro 4% el próximo, "
         "según informó el sindicato el miércoles.\nSe espera que el servicio vuelva a la normalidad el fin de "
         "semana, aunque el viernes aún podría haber cancelaciones."},
        {"de",
         "Startseite\nNachrichten\nWelt\nStreik der Fährleute endet nach drei Wochen\nvor 2 Stunden\nTeilen\nTom "
         "Hahn\nWirtschaftsredaktion",
         "Bildquelle: Keystone", "Bildunterschrift:", "Die Fährleute versammelten sich im letzten Monat vor dem Hafenamt",
         "Die Fährleute des größten Hafens des Landes haben beschlossen, ihren Streik nach drei Wochen zu beenden "
         "und das neue Lohnangebot anzunehmen.\nDie Löhne steigen in diesem Jahr um sechs Prozent und im nächsten "
         "um weitere vier Prozent, teilte die Gewerkschaft mit.\nDer Fahrplan soll bis zum Wochenende wieder "
         "gelten, am Freitag könnten aber noch Fahrten ausfallen."},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.caption);
        const Article a = parse(std::string(r.head) + "\n" + r.source + "\n" + r.label + "\n" + r.caption + "\n" +
                                r.rest + "\nRelated topics\n");
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::optional<std::string>(r.caption));
        CHECK(a.media[0].credit == std::optional<std::string>(r.source));
        CHECK(a.headline != std::optional<std::string>(r.caption));
        CHECK_FALSE(test::in_text(a, r.caption));
        CHECK(test::has_paragraph_starting(a, std::string(r.rest).substr(0, 20)));
    }
}

TEST_CASE("a caption's label alone holds no caption when the line under it is a credit or another label",
          "[media][caption][boiler28]") {
    // "Image caption," / "Photo: Jane Roe": a credit under the label is no caption.
    const Article a = parse(std::string("Home\nNews\nHarbour ferry strike ends after three weeks of talks\nImage "
                                        "caption,\nPhoto: Jane Roe\n") +
                            "Ferry workers at the country's largest harbour have voted to end a three-week strike "
                            "after accepting a new pay offer from the operator.\nThe deal gives staff a rise of 6% "
                            "this year and a further 4% next year, the union said on Wednesday evening.\nShare\n");
    CHECK(std::none_of(a.media.begin(), a.media.end(),
                       [](const Media& m) { return m.caption == std::optional<std::string>("Photo: Jane Roe"); }));
}

TEST_CASE("a caption's label of words closed by a comma opens the caption on its line", "[media][caption][boiler28]") {
    CHECK(labelled_caption("Image caption, Ferry workers gathered outside the port offices") ==
          std::optional<std::string>("Ferry workers gathered outside the port offices"));
    CHECK(labelled_caption("Pie de foto, Los trabajadores frente a las oficinas del puerto") ==
          std::optional<std::string>("Los trabajadores frente a las oficinas del puerto"));
    // A label of one word needs its colon: "Caption, he wrote, ..." is a sentence.
    CHECK_FALSE(labelled_caption("Caption, he wrote, was the word the editor chose"));
    CHECK_FALSE(labelled_caption("Image caption,"));
}

TEST_CASE("a credit over a caption's label that names no picture source is kept", "[media][caption][boiler28]") {
    // "© Inselbote 2026" / "Image caption," / <caption>: captions_under_labels() takes only a picture source's line
    // ("Image source, ...") over the label as the caption's credit; another credit there is still the record's.
    const char* pages[] = {
        "Home\nNews\nHarbour ferry strike ends after three weeks of talks\nTom Hale\nBusiness reporter\nShare\n"
        "\u00a9 Inselbote 2026\n\nImage caption,\nFerry workers gathered outside the port offices last month\n"
        "Ferry workers at the country's largest harbour have voted to end a three-week strike after accepting a new "
        "pay offer from the operator.\nThe deal gives staff a rise of 6% this year and a further 4% next year, the "
        "union said on Wednesday evening.\n",
        "Startseite\nNachrichten\nStreik der F\u00e4hrleute endet nach drei Wochen\nTom Hahn\nTeilen\n"
        "\u00a9 Hafenblatt 2026\n\nBildunterschrift:\nDie F\u00e4hrleute versammelten sich vor dem Hafenamt\n"
        "Die F\u00e4hrleute des gr\u00f6\u00dften Hafens des Landes haben beschlossen, ihren Streik nach drei "
        "Wochen zu beenden und das neue Lohnangebot anzunehmen.\nDie L\u00f6hne steigen in diesem Jahr um sechs "
        "Prozent, teilte die Gewerkschaft mit.\n",
    };
    for (const char* page : pages) {
        INFO(page);
        const Article a = parse(page);
        CHECK(lost_lines(a, page).empty());
    }
}
