// A bare name over the writer's job title, printed under the share buttons ("Share" / "Save" / "Tom Hale" /
// "Business reporter"): the buttons over the name make no menu of it, the name is the author, and the job's line
// heads no section and is no kicker. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace {

struct Row {
    const char* page;
    const char* author;
    const char* job;
};

} // namespace

TEST_CASE("a name over its job title under the share buttons is the author", "[classify][byline][byline30]") {
    const Row rows[] = {
        {R"(Home
News
World
Harbour ferry strike ends after three weeks of talks
2 hours ago
Share
Save
Tom Hale
Business reporter
Ferry workers at the country's largest harbour have voted to end a three-week strike after accepting a new pay offer from the operator.
The deal gives staff a rise of 6% this year and a further 4% next year, the union said on Wednesday evening.
Services are expected to return to normal by the weekend, although some crossings may still be cancelled on Friday.
Related topics
)", "Tom Hale", "Business reporter"},
        {R"(Startseite
Nachrichten
Welt
Fährstreik endet nach drei Wochen Verhandlungen
vor 2 Stunden
Teilen
Merken
Anna Berg
Korrespondentin in Paris
Die Beschäftigten der Fährgesellschaft haben am Mittwoch für ein Ende des Streiks gestimmt, nachdem der Betreiber ein neues Lohnangebot vorgelegt hatte.
Die Einigung sieht in diesem Jahr sechs Prozent mehr Lohn vor und im nächsten Jahr weitere vier Prozent, teilte die Gewerkschaft mit.
Der Fahrplan soll bis zum Wochenende wieder normal laufen, einzelne Fahrten könnten am Freitag noch ausfallen.
Verwandte Themen
)", "Anna Berg", "Korrespondentin in Paris"},
        {R"(Accueil
Actualités
Monde
La grève des ferries prend fin après trois semaines de négociations
il y a 2 heures
Partager
Enregistrer
Anne Roux
Correspondante à Berlin
Les employés de la compagnie de ferries ont voté mercredi la fin de la grève après avoir accepté une nouvelle offre salariale de l'exploitant.
L'accord prévoit une hausse de 6 % cette année et de 4 % l'an prochain, a indiqué le syndicat mercredi soir.
Le trafic devrait revenir à la normale d'ici le week-end, même si certaines traversées pourraient encore être annulées vendredi.
Sujets liés
)", "Anne Roux", "Correspondante à Berlin"},
        {R"(Inicio
Noticias
Mundo
Termina la huelga de los transbordadores tras tres semanas de negociaciones
hace 2 horas
Compartir
Guardar
Ana Ruiz
Corresponsal en Bruselas
Los trabajadores de la naviera votaron el miércoles poner fin a la huelga tras aceptar una nueva oferta salarial de la empresa.
El acuerdo prevé una subida del 6 % este año y de otro 4 % el próximo, informó el sindicato el miércoles por la noche.
Se espera que los servicios vuelvan a la normalidad el fin de semana, aunque algunos trayectos podrían cancelarse el viernes.
Temas relacionados
)", "Ana Ruiz", "Corresponsal en Bruselas"},
    };
    for (const Row& r : rows) {
        INFO(r.author);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.authors == std::vector<std::string>{r.author});
        CHECK(a.kicker.value_or("") != r.job);
        for (const auto& s : a.sections)
            CHECK(s.heading.value_or("") != r.job);
    }
}

TEST_CASE("a name alone under the share buttons, no job under it, stays a menu's entry", "[classify][byline][byline30]") {
    for (const char* page : {R"(Home
News
World
Harbour ferry strike ends after three weeks of talks
Share
Save
Tom Hale
Ferry workers at the country's largest harbour have voted to end a three-week strike after accepting a new pay offer from the operator.
The deal gives staff a rise of 6% this year and a further 4% next year, the union said on Wednesday evening.
Related topics
)",
                             R"(Startseite
Nachrichten
Welt
Fährstreik endet nach drei Wochen Verhandlungen
Teilen
Merken
Anna Berg
Die Beschäftigten der Fährgesellschaft haben am Mittwoch für ein Ende des Streiks gestimmt, nachdem der Betreiber ein neues Lohnangebot vorgelegt hatte.
Die Einigung sieht in diesem Jahr sechs Prozent mehr Lohn vor und im nächsten Jahr weitere vier Prozent, teilte die Gewerkschaft mit.
Verwandte Themen
)"}) {
        const archive::Article a = archive::parse(page, "x");
        CHECK(a.authors.empty());
    }
}
