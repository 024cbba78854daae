// A title of seventeen words or more (Spanish and Italian papers print them: "Todo lo que hay que saber sobre ...:
// precios, descuentos, zonas y cómo se solicita") under a one-word label, over a subtítulo or sommario shorter than
// itself but nearly as long, and the byline. The subtítulo is the standfirst, not a title standing over the byline
// (which would make the long line over it a teaser), and the long line stays the headline. A tagline far longer
// than the title under it still stands over it. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <iterator>
#include <string>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* page;
    const char* kicker; // "" for none, nullptr for not asked
    const char* headline;
    const char* lede; // "" for none
};

void check_rows(const Row* rows, std::size_t n) {
    for (std::size_t k = 0; k < n; ++k) {
        const Row& r = rows[k];
        INFO(r.lang << " " << r.headline);
        const Article a = parse(r.page);
        if (r.kicker != nullptr)
            CHECK(a.kicker.value_or("") == r.kicker);
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.lede.value_or("") == r.lede);
    }
}

} // namespace

TEST_CASE("a long title over a signed standfirst nearly as long keeps the headline",
          "[classify][headline][head53]") {
    const Row rows[] = {
        {"es",
         "Inicio\n"
         "Economía\n"
         "Sociedad\n"
         "Suscríbete\n"
         "Claves\n"
         "Todo lo que hay que saber sobre el nuevo abono único de transporte: precios, descuentos, zonas y cómo se solicita\n"
         "El Consorcio de Transportes estrena el lunes una tarjeta para metro, autobús y cercanías\n"
         "Marta Olivares Peña\n"
         "05/12/2026 - 08:15\n"
         "El Consorcio de Transportes pone en marcha el lunes el abono único, una tarjeta que sirve para el metro, el autobús urbano y los trenes de cercanías de toda la región.\n"
         "El precio mensual será de 40 euros para los adultos y de 20 euros para los menores de 26 años, según ha explicado el consejero de Transportes en una rueda de prensa.\n"
         "Las tarjetas antiguas seguirán siendo válidas hasta el 30 de junio, cuando el Consorcio dejará de recargarlas en las máquinas de las estaciones.\n",
         "Claves", "Todo lo que hay que saber sobre el nuevo abono único de transporte: precios, descuentos, zonas y cómo se solicita",
         "El Consorcio de Transportes estrena el lunes una tarjeta para metro, autobús y cercanías"},
        {"it",
         "Home\n"
         "Cronaca\n"
         "Economia\n"
         "Abbonati\n"
         "Il punto\n"
         "Tutto quello che c'è da sapere sul nuovo abbonamento unico dei trasporti regionali: prezzi, sconti, zone e come richiederlo\n"
         "Da lunedì una sola tessera per metro, autobus e treni suburbani in tutta la regione\n"
         "di Giulia Ferrantini\n"
         "5 dicembre 2026\n"
         "Da lunedì l'agenzia regionale dei trasporti mette in vendita l'abbonamento unico, una tessera valida per la metropolitana, gli autobus urbani e i treni suburbani di tutta la regione.\n"
         "Il prezzo mensile sarà di 40 euro per gli adulti e di 20 euro per i ragazzi sotto i 26 anni, ha spiegato l'assessore ai trasporti in conferenza stampa.\n"
         "Le vecchie tessere resteranno valide fino al 30 giugno, quando le macchinette delle stazioni smetteranno di ricaricarle.\n",
         "Il punto", "Tutto quello che c'è da sapere sul nuovo abbonamento unico dei trasporti regionali: prezzi, sconti, zone e come richiederlo",
         "Da lunedì una sola tessera per metro, autobus e treni suburbani in tutta la regione"},
        {"fr",
         "Accueil\n"
         "Économie\n"
         "Société\n"
         "S'abonner\n"
         "Décryptage\n"
         "Tout ce qu'il faut savoir sur le nouveau pass unique des transports régionaux : prix, réductions, zones et démarches\n"
         "Dès lundi, une seule carte pour le métro, les bus urbains et les trains régionaux\n"
         "Par Claire Dumoulin\n"
         "Publié le 5 décembre 2026 à 08h15\n"
         "Dès lundi, l'autorité régionale des transports met en vente le pass unique, une carte valable dans le métro, les bus urbains et les trains régionaux de toute la région.\n"
         "Le prix mensuel sera de 40 euros pour les adultes et de 20 euros pour les moins de 26 ans, a expliqué le vice-président chargé des transports lors d'une conférence de presse.\n"
         "Les anciennes cartes resteront valables jusqu'au 30 juin, date à laquelle les automates des gares cesseront de les recharger.\n",
         "Décryptage", "Tout ce qu'il faut savoir sur le nouveau pass unique des transports régionaux : prix, réductions, zones et démarches",
         "Dès lundi, une seule carte pour le métro, les bus urbains et les trains régionaux"},
    };
    check_rows(rows, std::size(rows));
}

TEST_CASE("a tagline far longer than the dated title under it is no headline", "[classify][headline][head53]") {
    const Row rows[] = {
        {"en",
         "The harbour blog\n"
         "Notes about ferries, cranes, tides and the people who work on the quay every day\n"
         "Ten years of the night ferry\n"
         "4 March 2024\n"
         "The night ferry first sailed ten years ago this week, and it has carried more than two million passengers since then.\n"
         "Its crew still meets at the harbour office at ten every evening to check the weather and the tides before sailing.\n"
         "The harbour board says the service will keep running at least until the new bridge opens in five years.\n",
         "", "Ten years of the night ferry",
         ""},
        {"es",
         "Inicio\n"
         "Opinión\n"
         "Notas sobre puertos, grúas, mareas y la gente que trabaja cada día en los muelles del norte\n"
         "Diez años del ferri nocturno\n"
         "4 de marzo de 2024\n"
         "El ferri nocturno zarpó por primera vez hace diez años esta semana y desde entonces ha llevado a más de dos millones de pasajeros.\n"
         "Su tripulación se reúne todavía en la oficina del puerto a las diez de cada noche para revisar el tiempo y las mareas antes de zarpar.\n"
         "La autoridad portuaria dice que el servicio seguirá funcionando al menos hasta que abra el nuevo puente dentro de cinco años.\n",
         "", "Diez años del ferri nocturno",
         ""},
    };
    check_rows(rows, std::size(rows));
}

// "Tribunales / Juicio por ... (the antetítulo) / La exgerente niega ... (the title) / La acusación pide ... (the
// subtítulo) / Por X": a head has one deck, so the line over a title and its signed deck is the antetítulo, though it
// repeats the article's words better. (Which line is the kicker then is classify_head's to say: not asked here.)
TEST_CASE("an antetítulo over a title and its signed deck is no headline", "[classify][headline][head53]") {
    const Row rows[] = {
        {"es",
         "Inicio\n"
         "Andalucía\n"
         "Sucesos\n"
         "Tribunales\n"
         "Juicio por el incendio del mercado de abastos de Triana\n"
         "La exgerente del mercado niega ante el jurado haber recibido ningún aviso sobre el estado de la instalación eléctrica\n"
         "La acusación particular pide cuatro años de prisión y la defensa reclama la libre absolución de su clienta\n"
         "Por Rocío Valverde / Sevilla\n"
         "5 de diciembre de 2026 - 12:40h\n"
         "La exgerente del mercado de abastos de Triana negó este viernes ante el jurado que hubiera recibido aviso alguno sobre el mal estado de la instalación eléctrica.\n"
         "El incendio destruyó en marzo de 2024 más de cuarenta puestos del mercado y obligó a desalojar a los vecinos de tres edificios cercanos.\n"
         "El juicio continuará el lunes con la declaración de los peritos de los bomberos y de la compañía eléctrica.\n",
         nullptr, "La exgerente del mercado niega ante el jurado haber recibido ningún aviso sobre el estado de la instalación eléctrica",
         "La acusación particular pide cuatro años de prisión y la defensa reclama la libre absolución de su clienta"},
        {"it",
         "Home\n"
         "Cronaca\n"
         "Giudiziaria\n"
         "Processo per il crollo della palestra comunale di Borgo Alto\n"
         "L'ex dirigente dell'ufficio tecnico nega davanti ai giudici di aver mai ricevuto segnalazioni sulle crepe del tetto\n"
         "La procura chiede quattro anni di reclusione mentre la difesa punta all'assoluzione piena del suo assistito\n"
         "di Chiara Montanari\n"
         "5 dicembre 2026\n"
         "L'ex dirigente dell'ufficio tecnico comunale ha negato venerdì davanti ai giudici di aver mai ricevuto segnalazioni sulle crepe del tetto della palestra.\n"
         "Il crollo, avvenuto di notte nel marzo del 2024, non causò feriti ma distrusse completamente l'edificio e due auto parcheggiate.\n"
         "Il processo riprenderà lunedì con l'audizione dei periti nominati dal tribunale e dei vigili del fuoco.\n",
         nullptr, "L'ex dirigente dell'ufficio tecnico nega davanti ai giudici di aver mai ricevuto segnalazioni sulle crepe del tetto",
         "La procura chiede quattro anni di reclusione mentre la difesa punta all'assoluzione piena del suo assistito"},
    };
    check_rows(rows, std::size(rows));
}

// "Redacción Economía / Madrid | / 5 dic. 2026", "Redazione Economia / Bologna | / 5 dic 2026": a place closed by a
// bar, the first cell of a row whose date the copy put on the next line, is no headline.
TEST_CASE("a place line closed by a bar under the byline is no headline", "[classify][headline][head53]") {
    const Row rows[] = {
        {"es",
         "Agencia Noticias\n"
         "Última hora\n"
         "España\n"
         "Economía\n"
         "Buscar\n"
         "El paro registrado baja en noviembre por tercer mes consecutivo hasta su nivel más bajo\n"
         "Redacción Economía\n"
         "Sevilla |\n"
         "5 dic. 2026\n"
         "Sevilla, 5 dic.- El número de parados registrados en las oficinas de empleo bajó en noviembre en 12.400 personas, según los datos publicados este viernes por el ministerio.\n"
         "Se trata del tercer descenso mensual consecutivo y del nivel más bajo de desempleo desde el verano de 2008, cuando comenzó la crisis financiera.\n"
         "Los sindicatos recordaron que la temporalidad sigue siendo elevada en la hostelería y en el comercio, sobre todo en las provincias costeras.\n",
         nullptr, "El paro registrado baja en noviembre por tercer mes consecutivo hasta su nivel más bajo", ""},
        {"it",
         "Agenzia Notizie\n"
         "Ultima ora\n"
         "Italia\n"
         "Economia\n"
         "Cerca\n"
         "La disoccupazione scende a novembre per il terzo mese di fila e tocca il livello più basso\n"
         "Redazione Economia\n"
         "Bologna |\n"
         "5 dic 2026\n"
         "Bologna, 5 dic - Il numero dei disoccupati iscritti ai centri per l'impiego è sceso a novembre di 12.400 persone, secondo i dati pubblicati venerdì dal ministero.\n"
         "Si tratta del terzo calo mensile consecutivo e del livello più basso dall'estate del 2008, quando cominciò la crisi finanziaria.\n"
         "I sindacati ricordano che il lavoro precario resta diffuso nella ristorazione e nel commercio, soprattutto nelle province costiere.\n",
         nullptr, "La disoccupazione scende a novembre per il terzo mese di fila e tocca il livello più basso", ""},
    };
    check_rows(rows, std::size(rows));
}
