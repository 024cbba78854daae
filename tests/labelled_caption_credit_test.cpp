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
     "Stadt plant eine neue Brücke über die Saane\n\nDie Stadt will bis 2027 eine neue Brücke bauen, sagte der "
     "Bürgermeister am Montag vor dem Gemeinderat in der Aula.\n\nCAPTION\n\nDie Kosten liegen bei zwölf Millionen "
     "Franken. Der Rat stimmt im Juni ab, und die Bürger können bis dahin Einwände einreichen.\n"},
    {"Media caption", "The new ferry leaves the harbour on its first crossing.", "Photo: Tom Hale/Harbour Trust",
     "Island ferry starts its winter timetable\n\nThe new ferry made its first crossing on Monday morning, with "
     "about two hundred passengers on board and calm seas all the way.\n\nCAPTION\n\nThe operator said the winter "
     "timetable will run until March, with four crossings a day in each direction.\n"},
    {"Légende :", "Le nouveau marché couvert ouvrira ses portes au printemps.", "Photo : Léa Morin",
     "Le marché couvert rouvre au printemps\n\nLes travaux du marché couvert touchent à leur fin, a indiqué la "
     "commune mardi lors d'une visite du chantier avec les commerçants.\n\nCAPTION\n\nUne quarantaine d'étals "
     "accueilleront les producteurs de la région chaque samedi matin dès le mois d'avril.\n"},
    {"Pie de foto:", "Los vecinos cortan la calle frente al ayuntamiento durante la protesta.", "Foto: Marta Ruiz",
     "Los vecinos protestan contra el cierre del centro de salud\n\nUnos trescientos vecinos se concentraron el "
     "jueves frente al ayuntamiento para pedir que el centro de salud siga abierto por las tardes.\n\nCAPTION\n\nEl "
     "alcalde recibió a una delegación y prometió trasladar sus quejas a la consejería en la próxima reunión.\n"},
};

} // namespace

TEST_CASE("a labelled caption closed by a credit gives the picture its caption and its credit", "[captions]") {
    for (const Row& row : rows) {
        std::string page = row.page;
        page.replace(page.find("CAPTION"), 7, std::string(row.label) + " " + row.caption + " " + row.credit);
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
