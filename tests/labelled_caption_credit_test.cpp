// A caption printed after its label and closed by its picture's credit ("Bildunterschrift: Die alte Brücke ist
// marode. Foto: Anna Roe"): the picture takes the caption without the credit and the credit as its own, as a caption
// printed without its label does (split_trailing_credit()); the label stays with the boilerplate (classify.cpp).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"

#include <algorithm>
#include <string>

namespace {

struct Row {
    const char* label;   // as printed, its colon included
    const char* caption; // the picture's text after it
    const char* credit;  // the credit closing the line, as the record's credit holds it
    const char* page;    // the headline and two paragraphs around the caption's line
};

const Row rows[] = {
    {"Bildunterschrift:", "Die alte Brücke über die Saane ist seit Jahren marode.", "Foto: Anna Roe",
     "Neue Brücke soll 2027 stehen\n\nDer Kanton hat am Dienstag die Pläne für den Ersatz der alten Brücke "
     "vorgestellt, die seit dem Frühjahr nur noch einspurig befahren werden darf.\n\nCAPTION\n\nWährend der "
     "Bauzeit fahren die Busse über die Umleitung im Norden, die Fußgänger nehmen eine Notbrücke aus Stahl.\n"},
    {"Media caption", "The new ferry leaves the harbour on its first crossing.", "Photo: Tom Hale/Harbour Trust",
     "Ferry crossings double from spring\n\nThe island council agreed on Tuesday to pay for a second ferry, which "
     "will let the operator run a crossing every hour in the summer months.\n\nCAPTION\n\nResidents had asked "
     "for more crossings for years, saying the last boat home left too early for anyone working in town.\n"},
    {"Légende :", "Le nouveau marché couvert ouvrira ses portes au printemps.", "Photo : Léa Morin",
     "Un marché couvert pour le centre-ville\n\nLe conseil communal a voté lundi soir le crédit de construction "
     "du marché couvert, après deux ans de débats sur son emplacement.\n\nCAPTION\n\nLes commerçants du samedi "
     "y trouveront une soixantaine de places, et une buvette tenue par une association de quartier.\n"},
    {"Pie de foto:", "Los vecinos cortan la calle frente al ayuntamiento durante la protesta.", "Foto: Marta Ruiz",
     "El centro de salud mantendrá el horario de tarde\n\nLa consejería confirmó el viernes que el centro de salud "
     "seguirá abierto por las tardes después de tres semanas de protestas vecinales.\n\nCAPTION\n\nLa "
     "plataforma vecinal celebró la noticia, aunque pide ahora un segundo pediatra para el barrio.\n"},
};

// The row's page, its caption's line (label, caption and credit) in the place of CAPTION.
std::string page_of(const Row& row) {
    std::string page = row.page;
    return page.replace(page.find("CAPTION"), 7, std::string(row.label) + " " + row.caption + " " + row.credit);
}

} // namespace

TEST_CASE("a labelled caption closed by a credit gives the picture its caption and its credit", "[captions]") {
    for (const Row& row : rows) {
        const std::string page = page_of(row);
        CAPTURE(page);
        const archive::Article a = archive::parse(page);
        const bool credited = std::any_of(a.media.begin(), a.media.end(), [&](const archive::Media& m) {
            return m.caption && *m.caption == row.caption && m.credit && *m.credit == row.credit;
        });
        CHECK(credited);
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), row.label) != a.boilerplate.end());
        CHECK(archive::lost_lines(a, archive::decode(page).text).empty());
    }
}
