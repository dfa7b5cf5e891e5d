<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>DecisionPhrases</name>
    <message>
        <source>%1 is the only ready thread.</source>
        <translation>%1 è l&apos;unico thread pronto.</translation>
    </message>
    <message>
        <source>%1 has waited longest (ready since %2).</source>
        <translation>%1 è quello che aspetta da più tempo (pronto dall&apos;istante %2).</translation>
    </message>
    <message>
        <source>%1 is at the head of the ready queue; it gets a %2 quantum.</source>
        <translation>%1 è in testa alla coda dei pronti; riceve un quanto di %2.</translation>
    </message>
    <message>
        <source>%1 has the shortest next CPU burst (%2).</source>
        <translation>%1 ha il prossimo burst di CPU più breve (%2).</translation>
    </message>
    <message>
        <source>%1 has the shortest remaining time (%2).</source>
        <translation>%1 ha il tempo rimanente più breve (%2).</translation>
    </message>
    <message>
        <source>%1 has the highest response ratio (%2).</source>
        <translation>%1 ha il rapporto di risposta più alto (%2).</translation>
    </message>
    <message>
        <source>%1 has the highest priority (%2).</source>
        <translation>%1 ha la priorità più alta (%2).</translation>
    </message>
    <message>
        <source>%1 is first in the highest non-empty queue (level %2, quantum %3).</source>
        <translation>%1 è il primo della coda non vuota di livello più alto (livello %2, quanto %3).</translation>
    </message>
    <message>
        <source>%1 holds the winning ticket (%2 of %3).</source>
        <translation>%1 ha il biglietto vincente (%2 su %3).</translation>
    </message>
    <message>
        <source>%1 has the smallest virtual runtime (%2).</source>
        <translation>%1 ha il tempo virtuale di esecuzione più basso (%2).</translation>
    </message>
    <message>
        <source>%1 has the shortest period (%2).</source>
        <translation>%1 ha il periodo più breve (%2).</translation>
    </message>
    <message>
        <source>%1 has the earliest deadline (%2).</source>
        <translation>%1 ha la scadenza più vicina (%2).</translation>
    </message>
    <message>
        <source>%1 is choice %2 of the schedule.</source>
        <translation>%1 è la scelta n. %2 della schedulazione.</translation>
    </message>
    <message>
        <source>%1 was chosen.</source>
        <translation>È stato scelto %1.</translation>
    </message>
    <message>
        <source>%1&apos;s quantum expired, but it is the only ready thread, so it goes on.</source>
        <translation>Il quanto di %1 è scaduto, ma è l&apos;unico thread pronto, quindi continua.</translation>
    </message>
    <message>
        <source>%1&apos;s quantum expired, but it has waited longest (ready since %2), so it goes on.</source>
        <translation>Il quanto di %1 è scaduto, ma è quello che aspetta da più tempo (pronto dall&apos;istante %2), quindi continua.</translation>
    </message>
    <message>
        <source>%1&apos;s quantum expired, but it is at the head of the ready queue; it gets a %2 quantum, so it goes on.</source>
        <translation>Il quanto di %1 è scaduto, ma è in testa alla coda dei pronti e riceve un quanto di %2, quindi continua.</translation>
    </message>
    <message>
        <source>%1&apos;s quantum expired, but it has the shortest next CPU burst (%2), so it goes on.</source>
        <translation>Il quanto di %1 è scaduto, ma ha il prossimo burst di CPU più breve (%2), quindi continua.</translation>
    </message>
    <message>
        <source>%1&apos;s quantum expired, but it has the shortest remaining time (%2), so it goes on.</source>
        <translation>Il quanto di %1 è scaduto, ma ha il tempo rimanente più breve (%2), quindi continua.</translation>
    </message>
    <message>
        <source>%1&apos;s quantum expired, but it has the highest response ratio (%2), so it goes on.</source>
        <translation>Il quanto di %1 è scaduto, ma ha il rapporto di risposta più alto (%2), quindi continua.</translation>
    </message>
    <message>
        <source>%1&apos;s quantum expired, but it has the highest priority (%2), so it goes on.</source>
        <translation>Il quanto di %1 è scaduto, ma ha la priorità più alta (%2), quindi continua.</translation>
    </message>
    <message>
        <source>%1&apos;s quantum expired, but it is first in the highest non-empty queue (level %2, quantum %3), so it goes on.</source>
        <translation>Il quanto di %1 è scaduto, ma è il primo della coda non vuota di livello più alto (livello %2, quanto %3), quindi continua.</translation>
    </message>
    <message>
        <source>%1&apos;s quantum expired, but it holds the winning ticket (%2 of %3), so it goes on.</source>
        <translation>Il quanto di %1 è scaduto, ma ha il biglietto vincente (%2 su %3), quindi continua.</translation>
    </message>
    <message>
        <source>%1&apos;s quantum expired, but it has the smallest virtual runtime (%2), so it goes on.</source>
        <translation>Il quanto di %1 è scaduto, ma ha il tempo virtuale di esecuzione più basso (%2), quindi continua.</translation>
    </message>
    <message>
        <source>%1&apos;s quantum expired, but it has the shortest period (%2), so it goes on.</source>
        <translation>Il quanto di %1 è scaduto, ma ha il periodo più breve (%2), quindi continua.</translation>
    </message>
    <message>
        <source>%1&apos;s quantum expired, but it has the earliest deadline (%2), so it goes on.</source>
        <translation>Il quanto di %1 è scaduto, ma ha la scadenza più vicina (%2), quindi continua.</translation>
    </message>
    <message>
        <source>%1&apos;s quantum expired, but it is choice %2 of the schedule, so it goes on.</source>
        <translation>Il quanto di %1 è scaduto, ma è la scelta n. %2 della schedulazione, quindi continua.</translation>
    </message>
    <message>
        <source>%1&apos;s quantum expired, but it was chosen, so it goes on.</source>
        <translation>Il quanto di %1 è scaduto, ma è stato scelto di nuovo, quindi continua.</translation>
    </message>
    <message>
        <source>%1 pre-empts %2: %3 left against %4.</source>
        <translation>%1 toglie la CPU a %2: tempo rimanente %3 contro %4.</translation>
    </message>
    <message>
        <source>%1 pre-empts %2: priority %3 against %4.</source>
        <translation>%1 toglie la CPU a %2: priorità %3 contro %4.</translation>
    </message>
    <message>
        <source>%1 pre-empts %2: virtual runtime %3 against %4.</source>
        <translation>%1 toglie la CPU a %2: tempo virtuale di esecuzione %3 contro %4.</translation>
    </message>
    <message>
        <source>%1 pre-empts %2: period %3 against %4.</source>
        <translation>%1 toglie la CPU a %2: periodo %3 contro %4.</translation>
    </message>
    <message>
        <source>%1 pre-empts %2: deadline %3 against %4.</source>
        <translation>%1 toglie la CPU a %2: scadenza %3 contro %4.</translation>
    </message>
    <message>
        <source>%1 pre-empts %2: level %3 against %4.</source>
        <translation>%1 toglie la CPU a %2: livello %3 contro %4.</translation>
    </message>
    <message>
        <source>%1 pre-empts %2: is the only ready thread.</source>
        <translation>%1 toglie la CPU a %2: è l&apos;unico thread pronto.</translation>
    </message>
    <message>
        <source>%1 pre-empts %2: has waited longest (ready since %3).</source>
        <translation>%1 toglie la CPU a %2: è quello che aspetta da più tempo (pronto dall&apos;istante %3).</translation>
    </message>
    <message>
        <source>%1 pre-empts %2: is at the head of the ready queue; it gets a %3 quantum.</source>
        <translation>%1 toglie la CPU a %2: è in testa alla coda dei pronti e riceve un quanto di %3.</translation>
    </message>
    <message>
        <source>%1 pre-empts %2: has the shortest next CPU burst (%3).</source>
        <translation>%1 toglie la CPU a %2: ha il prossimo burst di CPU più breve (%3).</translation>
    </message>
    <message>
        <source>%1 pre-empts %2: has the highest response ratio (%3).</source>
        <translation>%1 toglie la CPU a %2: ha il rapporto di risposta più alto (%3).</translation>
    </message>
    <message>
        <source>%1 pre-empts %2: holds the winning ticket (%3 of %4).</source>
        <translation>%1 toglie la CPU a %2: ha il biglietto vincente (%3 su %4).</translation>
    </message>
    <message>
        <source>%1 pre-empts %2: is choice %3 of the schedule.</source>
        <translation>%1 toglie la CPU a %2: è la scelta n. %3 della schedulazione.</translation>
    </message>
    <message>
        <source>%1 pre-empts %2: was chosen.</source>
        <translation>%1 toglie la CPU a %2: è stato scelto.</translation>
    </message>
</context>
<context>
    <name>EditorPrompts</name>
    <message>
        <source>Python programs (*.py)</source>
        <translation>Programmi Python (*.py)</translation>
    </message>
    <message>
        <source>Workloads (*.json)</source>
        <translation>Carichi di lavoro (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Salva lo scenario con nome</translation>
    </message>
</context>
<context>
    <name>GanttLegend</name>
    <message>
        <source>running (thread&apos;s colour)</source>
        <translation>in esecuzione (colore del thread)</translation>
    </message>
    <message>
        <source>ready, waiting for a CPU</source>
        <translation>pronto, in attesa di una CPU</translation>
    </message>
    <message>
        <source>context switch</source>
        <translation>cambio di contesto</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation>bloccato: %1</translation>
    </message>
    <message>
        <source>timer interrupt</source>
        <translation>interrupt del timer</translation>
    </message>
    <message>
        <source>deadline missed</source>
        <translation>scadenza mancata</translation>
    </message>
    <message>
        <source>wakes a waiting thread</source>
        <translation>risveglia un thread in attesa</translation>
    </message>
    <message>
        <source>now</source>
        <translation>adesso</translation>
    </message>
    <message>
        <source>job released</source>
        <translation>job rilasciato</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>scadenza</translation>
    </message>
</context>
<context>
    <name>GanttPainter</name>
    <message>
        <source>the future: not simulated yet</source>
        <translation>il futuro: non ancora simulato</translation>
    </message>
    <message>
        <source>time (%1)</source>
        <translation>tempo (%1)</translation>
    </message>
</context>
<context>
    <name>GanttStyle</name>
    <message>
        <source>I/O</source>
        <translation>I/O</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>sleep</translation>
    </message>
    <message>
        <source>next period</source>
        <translation>periodo successivo</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>lock</translation>
    </message>
    <message>
        <source>semaphore</source>
        <translation>semaforo</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>condizione</translation>
    </message>
    <message>
        <source>join</source>
        <translation>join</translation>
    </message>
    <message>
        <source>barrier</source>
        <translation>barriera</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>coda</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloccato</translation>
    </message>
</context>
<context>
    <name>PredictExplanation</name>
    <message>
        <source>%1 prints it at t = %2.</source>
        <translation>%1 la stampa al tempo t = %2.</translation>
    </message>
    <message>
        <source>At t = %1 CPU %2 is free. The scheduler decides: %3</source>
        <translation>Al tempo t = %1 la CPU %2 è libera. Lo scheduler decide: %3</translation>
    </message>
    <message>
        <source>At t = %1 the CPU is free. The scheduler decides: %2</source>
        <translation>Al tempo t = %1 la CPU è libera. Lo scheduler decide: %2</translation>
    </message>
    <message>
        <source>At t = %1 the timer interrupts %2: its quantum is over, and it goes back to the ready queue. The scheduler then decides: %3</source>
        <translation>Al tempo t = %1 il timer interrompe %2: il suo quanto è finito e torna nella coda dei pronti. Lo scheduler allora decide: %3</translation>
    </message>
    <message>
        <source>At t = %1 a better process is ready and pre-empts %2. The scheduler then decides: %3</source>
        <translation>Al tempo t = %1 diventa pronto un processo migliore, che toglie la CPU a %2. Lo scheduler allora decide: %3</translation>
    </message>
    <message>
        <source>At t = %1 a better thread is ready and pre-empts %2. The scheduler then decides: %3</source>
        <translation>Al tempo t = %1 diventa pronto un thread migliore, che toglie la CPU a %2. Lo scheduler allora decide: %3</translation>
    </message>
    <message>
        <source>At t = %1 %2 has finished. The scheduler then decides: %3</source>
        <translation>Al tempo t = %1 %2 ha terminato. Lo scheduler allora decide: %3</translation>
    </message>
    <message>
        <source>At t = %1 %2 blocks (I/O, a sleep or a wait) and leaves the CPU. The scheduler then decides: %3</source>
        <translation>Al tempo t = %1 %2 si blocca (I/O, una sleep o un&apos;attesa) e lascia la CPU. Lo scheduler allora decide: %3</translation>
    </message>
    <message>
        <source>After a context switch of %1, %2 starts at t = %3.</source>
        <translation>Dopo un cambio di contesto di %1, %2 parte al tempo t = %3.</translation>
    </message>
    <message>
        <source>%1 prints %2 at t = %3.</source>
        <translation>%1 stampa %2 al tempo t = %3.</translation>
    </message>
    <message>
        <source>%1 of the %2 increments are lost: `counter += 1` loads, adds and stores, and a thread interrupted between its load and its store writes back a stale value over the other threads&apos; increments.</source>
        <translation>Incrementi persi: %1 su %2. `counter += 1` legge, somma e scrive: un thread interrotto tra la lettura e la scrittura riscrive un valore ormai vecchio sopra gli incrementi degli altri thread.</translation>
    </message>
    <message>
        <source>At t = %1 %2 arrives and joins the ready queue.</source>
        <translation>Al tempo t = %1 arriva %2 ed entra nella coda dei pronti.</translation>
    </message>
    <message>
        <source>At t = %1 %2 wakes up and joins the ready queue.</source>
        <translation>Al tempo t = %1 %2 si risveglia ed entra nella coda dei pronti.</translation>
    </message>
    <message>
        <source>%1 keeps the CPU: the policy takes it away only for a more urgent newcomer, and %2 is not more urgent.</source>
        <translation>%1 tiene la CPU: la politica la toglie solo a favore di un nuovo arrivato più urgente, e %2 non lo è.</translation>
    </message>
    <message>
        <source>%1 keeps the CPU: the policy never takes it from a running one; %2 waits for its turn.</source>
        <translation>%1 tiene la CPU: la politica non la toglie mai a chi è in esecuzione; %2 attende il suo turno.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source> must be positive</source>
        <translation> deve essere positivo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Bursts</source>
        <translation>Burst</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>a number in %1, or a duration such as 30ms</source>
        <translation>un numero in %1, o una durata come 30ms</translation>
    </message>
    <message>
        <source>The process&apos;s name, unique in the file</source>
        <translation>Il nome del processo, unico nel file</translation>
    </message>
    <message>
        <source>When the process arrives: %1; empty: 0</source>
        <translation>Quando arriva il processo: %1; vuoto: 0</translation>
    </message>
    <message>
        <source>A whole number; a lower number is a higher priority unless the machine says otherwise; empty: 0</source>
        <translation>Un numero intero; un numero più basso è una priorità più alta, salvo diversa indicazione della macchina; vuoto: 0</translation>
    </message>
    <message>
        <source>CPU and I/O bursts in order, e.g. &quot;cpu 5, io 3, cpu 2&quot;; a length may be drawn: cpu exp(50), io uniform(20, 60), cpu normal(8, 3)</source>
        <translation>Burst di CPU e di I/O in ordine, per esempio &quot;cpu 5, io 3, cpu 2&quot;; una durata può essere estratta a caso: cpu exp(50), io uniform(20, 60), cpu normal(8, 3)</translation>
    </message>
    <message>
        <source>A periodic task releases one job per period (%1); empty: not periodic</source>
        <translation>Un task periodico rilascia un job a ogni periodo (%1); vuoto: non periodico</translation>
    </message>
    <message>
        <source>Each job&apos;s relative deadline (%1); empty: the period</source>
        <translation>La scadenza relativa di ogni job (%1); vuoto: il periodo</translation>
    </message>
</context>
<context>
    <name>ReadyExperiments</name>
    <message>
        <source>Lost updates vs quantum</source>
        <translation>Aggiornamenti persi al variare del quanto</translation>
    </message>
    <message>
        <source>Four threads add 50000 each to one counter without a lock. A thread loses updates when the timer interrupt falls between its load and its store of counter: the fewer the interrupts (the longer the quantum), the fewer the losses, but not smoothly.</source>
        <translation>Quattro thread sommano 50000 ciascuno a un unico contatore senza lock. Un thread perde aggiornamenti quando l&apos;interrupt del timer cade tra la sua lettura e la sua scrittura di counter: meno interrupt (cioè un quanto più lungo), meno perdite, ma non in modo regolare.</translation>
    </message>
    <message>
        <source>Lost updates vs seed</source>
        <translation>Aggiornamenti persi al variare del seme</translation>
    </message>
    <message>
        <source>The same unlocked counter with a 5 ms quantum; only the seed of the timer&apos;s jitter changes. Each seed is another schedule, and another number of lost updates.</source>
        <translation>Lo stesso contatore senza lock, con un quanto di 5 ms; cambia solo il seme del jitter del timer. Ogni seme dà un&apos;altra schedulazione e un altro numero di aggiornamenti persi.</translation>
    </message>
    <message>
        <source>Average waiting vs quantum</source>
        <translation>Attesa media al variare del quanto</translation>
    </message>
    <message>
        <source>Four processes under round robin with a 1 ms context switch. A short quantum spends the CPU on switches and everyone waits longer. From 12 ms on, the longest burst fits in one quantum: round robin has become first come, first served, and the line is flat.</source>
        <translation>Quattro processi in round robin con un cambio di contesto di 1 ms. Un quanto breve consuma la CPU in cambi di contesto e tutti attendono di più. Da 12 ms in su il burst più lungo sta in un solo quanto: il round robin è diventato FCFS (primo arrivato, primo servito) e la linea è piatta.</translation>
    </message>
</context>
<context>
    <name>SweepMeasure</name>
    <message>
        <source>Average waiting time</source>
        <translation>Tempo medio di attesa</translation>
    </message>
    <message>
        <source>Average turnaround time</source>
        <translation>Tempo medio di turnaround</translation>
    </message>
    <message>
        <source>Average response time</source>
        <translation>Tempo medio di risposta</translation>
    </message>
    <message>
        <source>Context switches</source>
        <translation>Cambi di contesto</translation>
    </message>
    <message>
        <source>CPU utilisation</source>
        <translation>Utilizzo della CPU</translation>
    </message>
    <message>
        <source>Number printed by the program</source>
        <translation>Numero stampato dal programma</translation>
    </message>
    <message>
        <source>Lost updates (expected - printed)</source>
        <translation>Aggiornamenti persi (atteso - stampato)</translation>
    </message>
    <message>
        <source>Avg waiting (%1)</source>
        <translation>Attesa media (%1)</translation>
    </message>
    <message>
        <source>Avg turnaround (%1)</source>
        <translation>Turnaround medio (%1)</translation>
    </message>
    <message>
        <source>Avg response (%1)</source>
        <translation>Risposta media (%1)</translation>
    </message>
    <message>
        <source>CPU utilisation (%)</source>
        <translation>Utilizzo della CPU (%)</translation>
    </message>
    <message>
        <source>Printed after &quot;%1&quot;</source>
        <translation>Stampato dopo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Lost updates</source>
        <translation>Aggiornamenti persi</translation>
    </message>
</context>
<context>
    <name>SyncCard</name>
    <message>
        <source>lock</source>
        <translation>lock</translation>
    </message>
    <message>
        <source>re-entrant lock</source>
        <translation>lock rientrante</translation>
    </message>
    <message>
        <source>semaphore</source>
        <translation>semaforo</translation>
    </message>
    <message>
        <source>bounded semaphore</source>
        <translation>semaforo limitato</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>condizione</translation>
    </message>
    <message>
        <source>barrier</source>
        <translation>barriera</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>coda</translation>
    </message>
    <message>
        <source>join %1</source>
        <translation>join %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libero</translation>
    </message>
    <message>
        <source>owner %1 (depth %2)</source>
        <translation>proprietario %1 (profondità %2)</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>proprietario %1</translation>
    </message>
    <message>
        <source>count %1</source>
        <translation>contatore %1</translation>
    </message>
    <message>
        <source>set</source>
        <translation>impostato</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>azzerato</translation>
    </message>
    <message>
        <source>%1 of %2 waiting, broken</source>
        <translation>%1 di %2 in attesa, rotta</translation>
    </message>
    <message>
        <source>%1 of %2 waiting</source>
        <translation>%1 di %2 in attesa</translation>
    </message>
    <message>
        <source>size %1 of %2</source>
        <translation>elementi %1 di %2</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>elementi %1</translation>
    </message>
    <message>
        <source>waiting to get %1</source>
        <translation>in attesa di prelevare %1</translation>
    </message>
    <message>
        <source>waiting to put %1</source>
        <translation>in attesa di inserire %1</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>in attesa %1</translation>
    </message>
    <message>
        <source>nobody waiting</source>
        <translation>nessuno in attesa</translation>
    </message>
</context>
<context>
    <name>SyncCardPainter</name>
    <message>
        <source>owner</source>
        <translation>proprietario</translation>
    </message>
    <message>
        <source>count</source>
        <translation>contatore</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>flag</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrivati</translation>
    </message>
    <message>
        <source>items</source>
        <translation>elementi</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libero</translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>profondità %1</translation>
    </message>
    <message>
        <source>set</source>
        <translation>impostato</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>azzerato</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>rotta</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>nobody waiting</source>
        <translation>nessuno in attesa</translation>
    </message>
</context>
<context>
    <name>TableCells</name>
    <message>
        <source>not arrived</source>
        <translation>non arrivato</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sleep</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>terminato</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronto</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in esecuzione</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloccato</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>terminato</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completata</translation>
    </message>
    <message>
        <source>time limit reached</source>
        <translation>limite di tempo raggiunto</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrotta</translation>
    </message>
    <message>
        <source>deadlock</source>
        <translation>deadlock</translation>
    </message>
    <message>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Workload: processes with CPU and I/O bursts</source>
        <translation>Carico di lavoro: processi con burst di CPU e di I/O</translation>
    </message>
    <message>
        <source>Workload: periodic real-time tasks</source>
        <translation>Carico di lavoro: task periodici in tempo reale</translation>
    </message>
    <message>
        <source>Program: threads started and joined</source>
        <translation>Programma: thread avviati e attesi con join</translation>
    </message>
    <message>
        <source>Program: a counter that loses updates</source>
        <translation>Programma: un contatore che perde aggiornamenti</translation>
    </message>
    <message>
        <source>Program: a Lock around the counter</source>
        <translation>Programma: un Lock attorno al contatore</translation>
    </message>
    <message>
        <source>Program: a Semaphore as a pool</source>
        <translation>Programma: un Semaphore come pool</translation>
    </message>
    <message>
        <source>Program: an Event as a starting signal</source>
        <translation>Programma: un Event come segnale di partenza</translation>
    </message>
    <message>
        <source>Program: producer and consumer with a queue</source>
        <translation>Programma: produttore e consumatore con una coda</translation>
    </message>
    <message>
        <source>Program: Python 2&apos;s thread module</source>
        <translation>Programma: il modulo thread di Python 2</translation>
    </message>
</context>
<context>
    <name>ts::ui::Autosave</name>
    <message>
        <source>Cannot create the autosave folder %1.</source>
        <translation>Impossibile creare la cartella di salvataggio automatico %1.</translation>
    </message>
    <message>
        <source>Cannot lock the autosave file %1.</source>
        <translation>Impossibile bloccare il file di salvataggio automatico %1.</translation>
    </message>
    <message>
        <source>Autosave failed: %1.</source>
        <translation>Salvataggio automatico non riuscito: %1.</translation>
    </message>
</context>
<context>
    <name>ts::ui::CaptionBanner</name>
    <message>
        <source>Pause at captions</source>
        <translation>Pausa alle didascalie</translation>
    </message>
    <message>
        <source>The previous caption</source>
        <translation>La didascalia precedente</translation>
    </message>
    <message>
        <source>The next caption</source>
        <translation>La didascalia successiva</translation>
    </message>
    <message>
        <source>Stop playing at the captions the scenario marks with pause</source>
        <translation>Ferma la riproduzione alle didascalie che lo scenario segna con pause</translation>
    </message>
    <message>
        <source>This scenario has notes: they appear here as time reaches them.</source>
        <translation>Questo scenario ha delle note: compaiono qui quando il tempo le raggiunge.</translation>
    </message>
</context>
<context>
    <name>ts::ui::CodeEditor</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Riga %1, colonna %2: %3</translation>
    </message>
</context>
<context>
    <name>ts::ui::CompareSetup</name>
    <message>
        <source>first come, first served</source>
        <translation>primo arrivato, primo servito</translation>
    </message>
    <message>
        <source>shortest job first</source>
        <translation>prima il job più breve</translation>
    </message>
    <message>
        <source>shortest remaining time first</source>
        <translation>minimo tempo residuo</translation>
    </message>
    <message>
        <source>highest response ratio next</source>
        <translation>max rapporto di risposta</translation>
    </message>
    <message>
        <source>priority, not pre-emptive</source>
        <translation>priorità, senza prelazione</translation>
    </message>
    <message>
        <source>priority, pre-emptive</source>
        <translation>priorità, con prelazione</translation>
    </message>
    <message>
        <source>round robin</source>
        <translation>round robin</translation>
    </message>
    <message>
        <source>multilevel feedback queue</source>
        <translation>code multilivello con retroazione</translation>
    </message>
    <message>
        <source>lottery</source>
        <translation>lotteria</translation>
    </message>
    <message>
        <source>completely fair (Linux CFS)</source>
        <translation>del tutto equo (Linux CFS)</translation>
    </message>
    <message>
        <source>rate monotonic</source>
        <translation>rate monotonic</translation>
    </message>
    <message>
        <source>earliest deadline first</source>
        <translation>prima la scadenza più vicina</translation>
    </message>
    <message>
        <source>the workload&apos;s own schedule</source>
        <translation>la schedulazione del carico</translation>
    </message>
    <message>
        <source>&lt;b&gt;Policies to compare&lt;/b&gt;</source>
        <translation>&lt;b&gt;Politiche da confrontare&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Quanta to try, separated by commas: one run each (bare numbers are in %1)</source>
        <translation>Quanti da provare, separati da virgole: un&apos;esecuzione per ciascuno (i numeri senza unità sono in %1)</translation>
    </message>
    <message>
        <source>%1 quanta</source>
        <translation>quanti di %1</translation>
    </message>
    <message>
        <source>&amp;Textbook set</source>
        <translation>Scelta da &amp;manuale</translation>
    </message>
    <message>
        <source>fcfs, sjf, srtf, rr at two quanta, priority</source>
        <translation>fcfs, sjf, srtf, rr con due quanti, priority</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Confronta</translation>
    </message>
    <message>
        <source>Simulating...</source>
        <translation>Simulazione in corso...</translation>
    </message>
    <message>
        <source>%1 needs a quantum: write one, e.g. 4ms</source>
        <translation>%1 richiede un quanto: scriverne uno, ad es. 4ms</translation>
    </message>
    <message>
        <source>%1 quantum &apos;%2&apos;: %3</source>
        <translation>quanto di %1 &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>deve essere maggiore di zero</translation>
    </message>
    <message>
        <source>Choose at least one policy.</source>
        <translation>Scegliere almeno una politica.</translation>
    </message>
</context>
<context>
    <name>ts::ui::CompareWindow</name>
    <message>
        <source>Show &amp;thread lanes</source>
        <translation>Mostra le corsie dei &amp;thread</translation>
    </message>
    <message>
        <source>Compare policies: %1 - timeslice</source>
        <translation>Confronto delle politiche: %1 - timeslice</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %n CPU(s), times in %2</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %n CPU, tempi in %2</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %n CPU, tempi in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Adatta</translation>
    </message>
    <message>
        <source>Show every run whole (or double click a chart)</source>
        <translation>Mostra ogni esecuzione per intero (o doppio clic su un grafico)</translation>
    </message>
    <message>
        <source>Export C&amp;SV...</source>
        <translation>Esporta C&amp;SV...</translation>
    </message>
    <message>
        <source>Export the comparison as CSV</source>
        <translation>Esporta il confronto come CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;JSON...</source>
        <translation>Esporta &amp;JSON...</translation>
    </message>
    <message>
        <source>Export the comparison as JSON</source>
        <translation>Esporta il confronto come JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <source>Export &amp;PNG...</source>
        <translation>Esporta &amp;PNG...</translation>
    </message>
    <message>
        <source>Export the comparison as PNG</source>
        <translation>Esporta il confronto come PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <source>Compare policies needs a workload (a .json file of processes and their bursts); %1 is a Python program. Open a workload, e.g. scenarios/silberschatz-rr.json, and choose Compare policies again.</source>
        <translation>Il confronto delle politiche richiede un carico di lavoro (un file .json di processi con i loro burst); %1 è un programma Python. Aprire un carico di lavoro, ad es. scenarios/silberschatz-rr.json, e scegliere di nuovo Confronta le politiche.</translation>
    </message>
    <message>
        <source>Compare policies</source>
        <translation>Confronta le politiche</translation>
    </message>
    <message>
        <source>Simulating: %1 of %2 runs done...</source>
        <translation>Simulazione: %1 esecuzioni su %2 completate...</translation>
    </message>
    <message>
        <source>%1 runs simulated in %2 ms on a worker thread. Wheel: zoom all charts; drag: pan; double click: fit.</source>
        <translation>%1 esecuzioni simulate in %2 ms su un thread di lavoro. Rotella: ingrandisce tutti i grafici; trascinare: sposta; doppio clic: adatta.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
</context>
<context>
    <name>ts::ui::ComparisonCharts</name>
    <message>
        <source>Average waiting time (%1)</source>
        <translation>Tempo medio di attesa (%1)</translation>
    </message>
    <message>
        <source>Average turnaround time (%1)</source>
        <translation>Turnaround medio (%1)</translation>
    </message>
    <message>
        <source>Average response time (%1)</source>
        <translation>Tempo medio di risposta (%1)</translation>
    </message>
    <message>
        <source>Context switches</source>
        <translation>Cambi di contesto</translation>
    </message>
</context>
<context>
    <name>ts::ui::DecisionPanel</name>
    <message>
        <source>No scheduling decision yet.</source>
        <translation>Ancora nessuna decisione di scheduling.</translation>
    </message>
    <message>
        <source>&lt;b&gt;At %1 on CPU %2:&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;A %1 sulla CPU %2:&lt;/b&gt; %3</translation>
    </message>
</context>
<context>
    <name>ts::ui::EditorPanel</name>
    <message>
        <source>Run edited text</source>
        <translation>Esegui il testo modificato</translation>
    </message>
    <message>
        <source>Run the text as it stands, unsaved changes included (Ctrl+R)</source>
        <translation>Esegue il testo così com&apos;è, modifiche non salvate comprese (Ctrl+R)</translation>
    </message>
    <message>
        <source>Find...</source>
        <translation>Trova...</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Trova successivo</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Trova precedente</translation>
    </message>
    <message>
        <source>Saved %1 at %2</source>
        <translation>Salvato %1 alle %2</translation>
    </message>
    <message>
        <source>Autosaved at %1</source>
        <translation>Salvato automaticamente alle %1</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Impossibile aprire</translation>
    </message>
    <message>
        <source>timeslice ended without saving your changes to %1. Its text as of %2 was kept.

Restore it into the editor?</source>
        <translation>timeslice si è chiuso senza salvare le modifiche a %1. Il testo com&apos;era alle %2 è stato conservato.

Ripristinarlo nell&apos;editor?</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Ripristina le modifiche non salvate</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Salvataggio non riuscito</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 ha modifiche non salvate. Salvarle?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nessun problema trovato.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ No problems found.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Nessun problema trovato.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Riga %1, colonna %2: %3</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;✖ &lt;a href=&apos;#error&apos;&gt;Line %1, column %2&lt;/a&gt;: %3&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;✖ &lt;a href=&apos;#error&apos;&gt;Riga %1, colonna %2&lt;/a&gt;: %3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;✖ %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;✖ %1&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ts::ui::ExperimentSetup</name>
    <message>
        <source>Quantum</source>
        <translation>Quanto</translation>
    </message>
    <message>
        <source>Number of CPUs</source>
        <translation>Numero di CPU</translation>
    </message>
    <message>
        <source>Context switch cost</source>
        <translation>Costo del cambio di contesto</translation>
    </message>
    <message>
        <source>Thread switch cost</source>
        <translation>Costo del cambio di thread</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Seme casuale</translation>
    </message>
    <message>
        <source>Instruction cost (programs)</source>
        <translation>Costo per istruzione (programmi)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>one value, please</source>
        <translation>serve un solo valore</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Durations need a unit: 500us, 4ms, 1s</source>
        <translation>Le durate richiedono un&apos;unità: 500us, 4ms, 1s</translation>
    </message>
    <message>
        <source>The text before the number to plot, as the program prints it: the last number on the last line containing it is taken.</source>
        <translation>Il testo che precede il numero da tracciare, come lo stampa il programma: si prende l&apos;ultimo numero dell&apos;ultima riga che lo contiene.</translation>
    </message>
    <message>
        <source>A number (200000), or the text before the line&apos;s number that gives it (expected:).</source>
        <translation>Un numero (200000), o il testo che precede, nella riga, il numero che lo fornisce (expected:).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lost updates&lt;/b&gt; = expected - printed. Threads that add to a shared counter without a lock lose an update whenever one is interrupted between reading the counter and writing it back, and another writes in between.</source>
        <translation>&lt;b&gt;Aggiornamenti persi&lt;/b&gt; = atteso - stampato. Thread che sommano a un contatore condiviso senza lock perdono un aggiornamento ogni volta che uno di loro viene interrotto tra la lettura del contatore e la sua riscrittura, e nel frattempo un altro ci scrive.</translation>
    </message>
    <message>
        <source>&amp;Vary</source>
        <translation>&amp;Varia</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Suddivisione</translation>
    </message>
    <message>
        <source>&amp;Plot</source>
        <translation>&amp;Misura</translation>
    </message>
    <message>
        <source>Printed &amp;number after</source>
        <translation>&amp;Numero stampato dopo</translation>
    </message>
    <message>
        <source>&amp;Expected total</source>
        <translation>Totale a&amp;tteso</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>the range ends (%1) before it starts (%2)</source>
        <translation>l&apos;intervallo finisce (%1) prima di cominciare (%2)</translation>
    </message>
</context>
<context>
    <name>ts::ui::ExperimentWindow</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Esegui</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Esporta &amp;CSV...</translation>
    </message>
    <message>
        <source>Export &amp;PNG...</source>
        <translation>Esporta &amp;PNG...</translation>
    </message>
    <message>
        <source>Choose a setting and a range, then Run.</source>
        <translation>Scegliere un parametro e un intervallo, poi premere Esegui.</translation>
    </message>
    <message>
        <source>Experiments - timeslice</source>
        <translation>Esperimenti - timeslice</translation>
    </message>
    <message>
        <source>%v of %m points</source>
        <translation>%v di %m punti</translation>
    </message>
    <message>
        <source>Ready-made experiments</source>
        <translation>Esperimenti pronti</translation>
    </message>
    <message>
        <source>Your experiment</source>
        <translation>Esperimento personalizzato</translation>
    </message>
    <message>
        <source>Done. Points: %1; time: %2 s; worker threads: %3.</source>
        <translation>Completato. Punti: %1; tempo: %2 s; thread di lavoro: %3.</translation>
    </message>
    <message>
        <source>Policy %1 takes no quantum, so every point runs the same schedule.</source>
        <translation>La politica %1 non usa un quanto, quindi ogni punto esegue la stessa schedulazione.</translation>
    </message>
    <message>
        <source>The sweep stopped: %1</source>
        <translation>La scansione si è fermata: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 points; the chart still shows the last complete sweep.</source>
        <translation>Annullata dopo %1 di %2 punti; il grafico mostra ancora l&apos;ultima scansione completa.</translation>
    </message>
    <message>
        <source>Cannot use this scenario: %1</source>
        <translation>Impossibile usare questo scenario: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenario:&lt;/b&gt; %1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Scenario:&lt;/b&gt; %1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Open a scenario in the main window first, or choose a ready-made experiment.</source>
        <translation>Aprire prima uno scenario nella finestra principale, o scegliere un esperimento pronto.</translation>
    </message>
    <message>
        <source>Check the range: %1</source>
        <translation>Controllare l&apos;intervallo: %1</translation>
    </message>
    <message>
        <source>The instruction cost is a program&apos;s setting; this scenario is a workload.</source>
        <translation>Il costo per istruzione è un&apos;impostazione dei programmi; questo scenario è un carico di lavoro.</translation>
    </message>
    <message>
        <source>Running. Points: %1; worker threads: %2.</source>
        <translation>In esecuzione. Punti: %1; thread di lavoro: %2.</translation>
    </message>
    <message>
        <source>Cancelling: the points already running finish first...</source>
        <translation>Annullamento: prima terminano i punti già in esecuzione...</translation>
    </message>
    <message>
        <source>Running: %1 of %2 points; time: %3 s; worker threads: %4.</source>
        <translation>In esecuzione: %1 di %2 punti; tempo: %3 s; thread di lavoro: %4.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export the points as CSV</source>
        <translation>Esporta i punti come CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Esporta il grafico come PNG</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>ts::ui::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Maiuscole/minuscole</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Trova:</translation>
    </message>
    <message>
        <source>text to find</source>
        <translation>testo da cercare</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Occorrenza precedente (Maiusc+Invio, Maiusc+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Successivo</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Occorrenza successiva (Invio, F3)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>non trovato</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source> (wrapped)</source>
        <translation> (ricominciato dall&apos;inizio)</translation>
    </message>
</context>
<context>
    <name>ts::ui::GanttView</name>
    <message>
        <source>Scroll the thread lanes (Shift+wheel, Page Up/Down)</source>
        <translation>Scorre le corsie dei thread (Maiusc+rotella, Pag Su/Giù)</translation>
    </message>
    <message>
        <source>Open a scenario (Ctrl+O)</source>
        <translation>Apri uno scenario (Ctrl+O)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>da %1 a %2</translation>
    </message>
    <message>
        <source>CPU %1: idle %2</source>
        <translation>CPU %1: inattiva %2</translation>
    </message>
    <message>
        <source>CPU %1: switching context to %2 %3</source>
        <translation>CPU %1: cambio di contesto verso %2 %3</translation>
    </message>
    <message>
        <source>CPU %1: runs %2 %3</source>
        <translation>CPU %1: esegue %2 %3</translation>
    </message>
    <message>
        <source>blocked (%1)</source>
        <translation>bloccato (%1)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
</context>
<context>
    <name>ts::ui::MainWindow</name>
    <message>
        <source>timeslice</source>
        <translation>timeslice</translation>
    </message>
    <message>
        <source>Why this thread?</source>
        <translation>Perché questo thread?</translation>
    </message>
    <message>
        <source>Ready queue</source>
        <translation>Coda dei pronti</translation>
    </message>
    <message>
        <source>Locks, semaphores, events</source>
        <translation>Lock, semafori, eventi</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <source>Workload table</source>
        <translation>Tabella del carico</translation>
    </message>
    <message>
        <source>Process table</source>
        <translation>Tabella dei processi</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriche</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>%1 reached the breakpoint on line %2; Space plays on.</source>
        <translation>%1 ha raggiunto il punto di interruzione alla riga %2; Spazio continua.</translation>
    </message>
    <message>
        <source>Cannot run</source>
        <translation>Impossibile eseguire</translation>
    </message>
    <message>
        <source>Paused at a caption; Space plays on.</source>
        <translation>In pausa a una didascalia; Spazio continua.</translation>
    </message>
    <message>
        <source>%1 - timeslice</source>
        <translation>%1 - timeslice</translation>
    </message>
    <message>
        <source>Space plays, Right steps, Left steps back; wheel zooms, drag pans, F fits.</source>
        <translation>Spazio avvia, Destra avanza di un passo, Sinistra torna indietro; la rotella ingrandisce, trascinare sposta, F adatta.</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Apri uno scenario</translation>
    </message>
    <message>
        <source>Scenarios (*.json *.py);;All files (*)</source>
        <translation>Scenari (*.json *.py);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Impossibile aprire</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Esporta il grafico come PNG</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation>Esporta il grafico come SVG</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export metrics as CSV</source>
        <translation>Esporta le metriche come CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export trace (Chrome JSON)</source>
        <translation>Esporta la traccia (Chrome JSON)</translation>
    </message>
    <message>
        <source>Chrome trace (*.json)</source>
        <translation>Traccia Chrome (*.json)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Apri...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;New from template</source>
        <translation>&amp;Nuovo da modello</translation>
    </message>
    <message>
        <source>&amp;Generate a random workload...</source>
        <translation>&amp;Genera un carico casuale...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation>Salva co&amp;me...</translation>
    </message>
    <message>
        <source>Export chart as &amp;PNG...</source>
        <translation>Esporta il grafico come &amp;PNG...</translation>
    </message>
    <message>
        <source>Export chart as &amp;SVG...</source>
        <translation>Esporta il grafico come S&amp;VG...</translation>
    </message>
    <message>
        <source>Export metrics as &amp;CSV...</source>
        <translation>Esporta le metriche come &amp;CSV...</translation>
    </message>
    <message>
        <source>Export &amp;trace (Chrome JSON)...</source>
        <translation>Esporta la &amp;traccia (Chrome JSON)...</translation>
    </message>
    <message>
        <source>Se&amp;ttings...</source>
        <translation>&amp;Impostazioni...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Esecuzione</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Fit the whole run</source>
        <translation>&amp;Adatta all&apos;intera esecuzione</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Riduci</translation>
    </message>
    <message>
        <source>&amp;Colour-blind-safe colours (Okabe-Ito)</source>
        <translation>&amp;Colori adatti ai daltonici (Okabe-Ito)</translation>
    </message>
    <message>
        <source>&amp;Classroom</source>
        <translation>&amp;Aula</translation>
    </message>
    <message>
        <source>&amp;Experiments (sweep)...</source>
        <translation>&amp;Esperimenti (scansione di un parametro)...</translation>
    </message>
    <message>
        <source>P&amp;redict what happens next</source>
        <translation>P&amp;revedi cosa succede dopo</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>L&apos;esecuzione si è fermata: %1</translation>
    </message>
    <message>
        <source>&amp;Compare policies...</source>
        <translation>&amp;Confronta le politiche...</translation>
    </message>
    <message>
        <source>&amp;Be the scheduler</source>
        <translation>&amp;Fai tu lo scheduler</translation>
    </message>
    <message>
        <source>Be the scheduler</source>
        <translation>Fai tu lo scheduler</translation>
    </message>
    <message>
        <source>Ctrl-C at %1: a KeyboardInterrupt in the main thread</source>
        <translation>Ctrl-C a %1: un KeyboardInterrupt nel thread principale</translation>
    </message>
    <message>
        <source>Press Ctrl-&amp;C here</source>
        <translation>Premi Ctrl-&amp;C qui</translation>
    </message>
    <message>
        <source>Runs the program again with a KeyboardInterrupt in its main thread at the current time, as pressing Ctrl-C in a terminal does</source>
        <translation>Esegue di nuovo il programma con un KeyboardInterrupt nel suo thread principale all&apos;istante corrente, come fa Ctrl-C in un terminale</translation>
    </message>
</context>
<context>
    <name>ts::ui::MetricsPanel</name>
    <message>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafico</translation>
    </message>
    <message>
        <source>CPU utilisation</source>
        <translation>Utilizzo della CPU</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processo</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>Prima esecuzione</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completamento</translation>
    </message>
    <message>
        <source>Turnaround</source>
        <translation>Turnaround</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Times in the scenario&apos;s unit</source>
        <translation>Tempi nell&apos;unità dello scenario</translation>
    </message>
    <message>
        <source>The run is still being simulated; its metrics appear when it is complete.</source>
        <translation>L&apos;esecuzione è ancora in simulazione; le sue metriche compaiono quando è completa.</translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n CPU</numerusform>
            <numerusform>%n CPU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n context switch(es)</source>
        <translation>
            <numerusform>%n cambio di contesto</numerusform>
            <numerusform>%n cambi di contesto</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy %1, %2; ended at %3 (%4); CPU utilisation %5%; %6.</source>
        <translation>Politica %1, %2; terminata a %3 (%4); utilizzo della CPU %5%; %6.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>attesa</translation>
    </message>
    <message>
        <source>turnaround</source>
        <translation>turnaround</translation>
    </message>
    <message>
        <source>response</source>
        <translation>risposta</translation>
    </message>
    <message>
        <source>Process (times in %1)</source>
        <translation>Processo (tempi in %1)</translation>
    </message>
    <message>
        <source>Per process (%1)</source>
        <translation>Per processo (%1)</translation>
    </message>
    <message>
        <source>CPU busy (%)</source>
        <translation>CPU occupata (%)</translation>
    </message>
    <message>
        <source>CPU utilisation over time</source>
        <translation>Utilizzo della CPU nel tempo</translation>
    </message>
    <message>
        <source>time (%1)</source>
        <translation>tempo (%1)</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>%1 (quantum %2)</source>
        <translation>%1 (quanto %2)</translation>
    </message>
    <message>
        <source>Jobs done</source>
        <translation>Job completati</translation>
    </message>
    <message>
        <source>Deadline misses</source>
        <translation>Scadenze mancate</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
</context>
<context>
    <name>ts::ui::PolicyGantt</name>
    <message>
        <source>Wheel: zoom every chart; drag: pan; double click: fit the whole comparison</source>
        <translation>Rotella: ingrandisce ogni grafico; trascinare: sposta; doppio clic: adatta all&apos;intero confronto</translation>
    </message>
    <message>
        <source>%1    average waiting %2    turnaround %3    response %4    context switches %5</source>
        <translation>%1    attesa media %2    turnaround %3    risposta %4    cambi di contesto %5</translation>
    </message>
</context>
<context>
    <name>ts::ui::PredictMode</name>
    <message>
        <source>Predict what happens next</source>
        <translation>Prevedi cosa succede dopo</translation>
    </message>
    <message>
        <source>Hidden until you answer</source>
        <translation>Nascosto fino alla risposta</translation>
    </message>
    <message>
        <source>Hidden while you predict: the metrics tell how the run ends</source>
        <translation>Nascosto durante la previsione: le metriche dicono come finisce l&apos;esecuzione</translation>
    </message>
    <message>
        <source>Open a scenario first (File, Open).</source>
        <translation>Aprire prima uno scenario (File, Apri).</translation>
    </message>
    <message>
        <source>This run repeats forever, so there is no whole run to predict. Give the scenario an end (&quot;until&quot;) and choose Predict again.</source>
        <translation>Questa esecuzione si ripete all&apos;infinito, quindi non c&apos;è un&apos;esecuzione intera da prevedere. Dare una fine allo scenario (&quot;until&quot;) e scegliere di nuovo Prevedi.</translation>
    </message>
    <message>
        <source>In this run the scheduler never has a choice: whenever it decides, only one thread is ready. There is nothing to predict.</source>
        <translation>In questa esecuzione lo scheduler non ha mai scelta: ogni volta che decide, c&apos;è un solo thread pronto. Non c&apos;è nulla da prevedere.</translation>
    </message>
    <message>
        <source>Which process runs next on the CPU?</source>
        <translation>Quale processo va ora in esecuzione sulla CPU?</translation>
    </message>
    <message>
        <source>Which thread runs next on the CPU?</source>
        <translation>Quale thread va ora in esecuzione sulla CPU?</translation>
    </message>
    <message>
        <source>Which process runs next on CPU %1?</source>
        <translation>Quale processo va ora in esecuzione sulla CPU %1?</translation>
    </message>
    <message>
        <source>Which thread runs next on CPU %1?</source>
        <translation>Quale thread va ora in esecuzione sulla CPU %1?</translation>
    </message>
    <message>
        <source>ready since %1</source>
        <translation>pronto da t=%1</translation>
    </message>
    <message>
        <source>What does it print?</source>
        <translation>Che cosa stampa?</translation>
    </message>
    <message>
        <source>the line, as the program prints it</source>
        <translation>la riga, come la stampa il programma</translation>
    </message>
    <message>
        <source>What value does it print for the counter?</source>
        <translation>Quale valore stampa per il contatore?</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un numero intero</translation>
    </message>
    <message>
        <source>At %1 the program prints line %2 of its output.</source>
        <translation>A %1 il programma stampa la riga %2 del suo output.</translation>
    </message>
    <message>
        <source>At %1 the program prints the counter&apos;s final value (line %2 of its output).</source>
        <translation>A %1 il programma stampa il valore finale del contatore (riga %2 del suo output).</translation>
    </message>
    <message>
        <source>the CPU</source>
        <translation>la CPU</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>la CPU %1</translation>
    </message>
    <message>
        <source>At %1 %2 is free.</source>
        <translation>A %1 %2 è libera.</translation>
    </message>
    <message>
        <source>At %1 %2 has finished and leaves %3.</source>
        <translation>A %1 %2 è terminato e lascia %3.</translation>
    </message>
    <message>
        <source>At %1 %2 blocks (%3) and leaves %4.</source>
        <translation>A %1 %2 si blocca (%3) e lascia %4.</translation>
    </message>
    <message>
        <source>At %1 %2 goes back to the ready queue.</source>
        <translation>A %1 %2 torna nella coda dei pronti.</translation>
    </message>
    <message>
        <source>✔ Right: %1 runs next.</source>
        <translation>✔ Giusto: ora va in esecuzione %1.</translation>
    </message>
    <message>
        <source>✘ Not %1: %2 runs next.</source>
        <translation>✘ Non %1: va in esecuzione %2.</translation>
    </message>
    <message>
        <source>✔ Right: it prints %1.</source>
        <translation>✔ Giusto: stampa %1.</translation>
    </message>
    <message>
        <source>✘ Not quite: it prints %1.</source>
        <translation>✘ Non proprio: stampa %1.</translation>
    </message>
    <message>
        <source>%1 runs next (shown, not scored).</source>
        <translation>Va in esecuzione %1 (mostrato, senza punteggio).</translation>
    </message>
    <message>
        <source>It prints %1 (shown, not scored).</source>
        <translation>Stampa %1 (mostrato, senza punteggio).</translation>
    </message>
    <message>
        <source>Next question at %1: press Next, or play (Space) to watch the run get there.</source>
        <translation>Prossima domanda a %1: premere Prossima, o avviare (Spazio) per vedere l&apos;esecuzione arrivarci.</translation>
    </message>
    <message>
        <source>That was the last question: %1 of %2 right. Restart to try again, or leave Predict.</source>
        <translation>Era l&apos;ultima domanda: risposte giuste %1 su %2. Premere Ricomincia per riprovare, o uscire dalla previsione.</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Saltata.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in esecuzione</translation>
    </message>
    <message>
        <source>At %1 %2 arrives while %3 runs.</source>
        <translation>A %1 arriva %2 mentre %3 è in esecuzione.</translation>
    </message>
    <message>
        <source>At %1 %2 wakes up while %3 runs.</source>
        <translation>A %1 %2 si risveglia mentre %3 è in esecuzione.</translation>
    </message>
    <message>
        <source>✔ Right: %1 keeps the CPU.</source>
        <translation>✔ Giusto: %1 tiene la CPU.</translation>
    </message>
    <message>
        <source>✘ Not %1: %2 keeps the CPU.</source>
        <translation>✘ Non %1: %2 tiene la CPU.</translation>
    </message>
    <message>
        <source>%1 keeps the CPU (shown, not scored).</source>
        <translation>%1 tiene la CPU (mostrato, senza punteggio).</translation>
    </message>
</context>
<context>
    <name>ts::ui::PredictQuestionPanel</name>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Salta</translation>
    </message>
    <message>
        <source>Show &amp;me</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Prossima</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Ricomincia</translation>
    </message>
    <message>
        <source>&amp;Leave Predict</source>
        <translation>Esci &amp;dalla previsione</translation>
    </message>
    <message>
        <source>%1 / %2 right</source>
        <translation>%1 / %2 giuste</translation>
    </message>
    <message>
        <source>streak %1 (best %2)</source>
        <translation>serie %1 (record %2)</translation>
    </message>
    <message>
        <source>question %1 of %2</source>
        <translation>domanda %1 di %2</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Tasto %1</translation>
    </message>
</context>
<context>
    <name>ts::ui::PresentMode</name>
    <message>
        <source>&amp;Present (large type, full screen)</source>
        <translation>&amp;Presenta (caratteri grandi, schermo intero)</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>Sc&amp;hermo intero</translation>
    </message>
    <message>
        <source>&amp;Laser pointer</source>
        <translation>Puntatore &amp;laser</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Esci dalla presentazione</translation>
    </message>
    <message>
        <source>Large type, thick lines and high contrast, full screen (F5; Esc leaves)</source>
        <translation>Caratteri grandi, linee spesse e alto contrasto, a schermo intero (F5; Esc per uscire)</translation>
    </message>
    <message>
        <source>A red dot with a short trail follows the mouse over the whole window (L)</source>
        <translation>Un punto rosso con una breve scia segue il mouse su tutta la finestra (L)</translation>
    </message>
</context>
<context>
    <name>ts::ui::ProcessTablePanel</name>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>Tempo di CPU</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
</context>
<context>
    <name>ts::ui::ReadyChoicePanel</name>
    <message>
        <source>Run %1 next</source>
        <translation>Manda %1 in esecuzione</translation>
    </message>
</context>
<context>
    <name>ts::ui::ReadyQueuePanel</name>
    <message>
        <source>(empty: nobody is waiting for a CPU)</source>
        <translation>(vuota: nessuno attende una CPU)</translation>
    </message>
    <message>
        <source>   &lt;- next</source>
        <translation>   &lt;- prossimo</translation>
    </message>
    <message>
        <source>%1. %2 (level %3)</source>
        <translation>%1. %2 (livello %3)</translation>
    </message>
</context>
<context>
    <name>ts::ui::RunToolBar</name>
    <message>
        <source>Run controls</source>
        <translation>Controlli di esecuzione</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Next switch</source>
        <translation>Cambio successivo</translation>
    </message>
    <message>
        <source>Next line</source>
        <translation>Riga successiva</translation>
    </message>
    <message>
        <source>Next line of the followed thread (N); choose the thread in the Program panel</source>
        <translation>Riga successiva del thread seguito (N); il thread si sceglie nel pannello Programma</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> Velocità </translation>
    </message>
    <message>
        <source>Simulated time per real second</source>
        <translation>Tempo simulato per secondo reale</translation>
    </message>
    <message>
        <source> Run to </source>
        <translation> Esegui fino a </translation>
    </message>
    <message>
        <source>e.g. 30ms</source>
        <translation>es. 30ms</translation>
    </message>
    <message>
        <source>Drag to move through the recorded run</source>
        <translation>Trascinare per muoversi nell&apos;esecuzione registrata</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source> t = %1 of %2%3</source>
        <translation> t = %1 di %2%3</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
</context>
<context>
    <name>ts::ui::ScenarioDocument</name>
    <message>
        <source>Cannot open %1: it is a folder.</source>
        <translation>Impossibile aprire %1: è una cartella.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Impossibile aprire %1: %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: a scenario may have at most %2 MiB.</source>
        <translation>Impossibile aprire %1: uno scenario può avere al massimo %2 MiB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossibile leggere %1: %2.</translation>
    </message>
    <message>
        <source>Cannot edit %1: it is not UTF-8 text.</source>
        <translation>Impossibile modificare %1: non è testo UTF-8.</translation>
    </message>
    <message>
        <source>%1 has not been saved yet: choose where to save it.</source>
        <translation>%1 non è ancora stato salvato: scegliere dove salvarlo.</translation>
    </message>
    <message>
        <source>The file on disk was not changed.</source>
        <translation>Il file su disco non è stato modificato.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. %3</source>
        <translation>Impossibile salvare %1: %2. %3</translation>
    </message>
</context>
<context>
    <name>ts::ui::SchedulerMode</name>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>&amp;Ricomincia</translation>
    </message>
    <message>
        <source>&amp;Save as scenario...</source>
        <translation>&amp;Salva come scenario...</translation>
    </message>
    <message>
        <source>Undo the last choice</source>
        <translation>Annulla l&apos;ultima scelta</translation>
    </message>
    <message>
        <source>You are the scheduler: at every decision, choose which ready thread gets the CPU. Can you make two threads lose an update of a shared counter, or deadlock on two locks?</source>
        <translation>Lo scheduler sei tu: a ogni decisione scegli quale thread pronto riceve la CPU. Riesci a far perdere a due thread un aggiornamento di un contatore condiviso, o a bloccarli in deadlock su due lock?</translation>
    </message>
    <message>
        <source>How long a thread runs before the timer interrupts it and you choose again (none: until it waits or ends). Changing it starts over.</source>
        <translation>Per quanto tempo un thread esegue prima che il timer lo interrompa e si scelga di nuovo (nessuno: finché non attende o termina). Cambiarlo fa ricominciare.</translation>
    </message>
    <message>
        <source>Take the last choice back (%1)</source>
        <translation>Annulla l&apos;ultima scelta (%1)</translation>
    </message>
    <message>
        <source>Quantum:</source>
        <translation>Quanto:</translation>
    </message>
    <message>
        <source>Your schedule:</source>
        <translation>Schedulazione scelta:</translation>
    </message>
    <message>
        <source>Output so far:</source>
        <translation>Output finora:</translation>
    </message>
    <message>
        <source> instruction(s)</source>
        <translation> istruz.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <source>(no choice yet)</source>
        <translation>(ancora nessuna scelta)</translation>
    </message>
    <message>
        <source>The window now shows another run. Choose Classroom &gt; Be the scheduler to play with it.</source>
        <translation>La finestra ora mostra un&apos;altra esecuzione. Scegliere Aula &gt; Fai tu lo scheduler per giocare con quella.</translation>
    </message>
    <message>
        <source>(nothing printed yet)</source>
        <translation>(ancora nessun output)</translation>
    </message>
    <message>
        <source>No decision is left: the run is over.</source>
        <translation>Non resta alcuna decisione: l&apos;esecuzione è finita.</translation>
    </message>
    <message>
        <source>Decision %1 at %2: which thread runs next?</source>
        <translation>Decisione %1 a t=%2: quale thread va in esecuzione?</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>prossima: %1</translation>
    </message>
    <message>
        <source>%1 of CPU so far</source>
        <translation>%1 di CPU finora</translation>
    </message>
    <message>
        <source>has not run yet</source>
        <translation>non è ancora andato in esecuzione</translation>
    </message>
    <message>
        <source>Deadlock: every thread left waits for another, and nobody can run. %1</source>
        <translation>Deadlock: ogni thread rimasto attende un altro, e nessuno può eseguire. %1</translation>
    </message>
    <message>
        <source>The program stopped with an error (see the output).</source>
        <translation>Il programma si è fermato con un errore (vedere l&apos;output).</translation>
    </message>
    <message>
        <source>The run reached its time limit at %1.</source>
        <translation>L&apos;esecuzione ha raggiunto il limite di tempo a %1.</translation>
    </message>
    <message>
        <source>The run is complete: %1 choice(s) made. Save the schedule to replay it, or undo and try another.</source>
        <translation>L&apos;esecuzione è completa; scelte fatte: %1. Salvare la schedulazione per rivederla, o annullare e provarne un&apos;altra.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>-my-schedule</source>
        <translation>-mia-schedulazione</translation>
    </message>
    <message>
        <source>Programs (*.py)</source>
        <translation>Programmi (*.py)</translation>
    </message>
    <message>
        <source>Workloads (*.json)</source>
        <translation>Carichi di lavoro (*.json)</translation>
    </message>
    <message>
        <source>Save as scenario</source>
        <translation>Salva come scenario</translation>
    </message>
    <message>
        <source>%1 waits (%2)</source>
        <translation>%1 è in attesa (%2)</translation>
    </message>
    <message>
        <source>%1 waits for %2</source>
        <translation>%1 attende %2</translation>
    </message>
    <message>
        <source>%1 waits for %2 held by %3</source>
        <translation>%1 attende %2, posseduto da %3</translation>
    </message>
</context>
<context>
    <name>ts::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>The language of menus, panels and messages; it changes at once</source>
        <translation>La lingua di menu, pannelli e messaggi; cambia subito</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>The window is rebuilt in the new language on the same scenario, at the same time; unsaved edits are kept.</source>
        <translation>La finestra viene ricostruita nella nuova lingua sullo stesso scenario e allo stesso istante; le modifiche non salvate restano.</translation>
    </message>
</context>
<context>
    <name>ts::ui::SourceGutter</name>
    <message>
        <source>Click to set or clear a breakpoint</source>
        <translation>Clic per mettere o togliere un punto di interruzione</translation>
    </message>
</context>
<context>
    <name>ts::ui::SourcePanel</name>
    <message>
        <source>Next line</source>
        <translation>Riga successiva</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Segui</translation>
    </message>
    <message>
        <source>Move time to where the followed thread starts its next line (N)</source>
        <translation>Porta il tempo dove il thread seguito inizia la riga successiva (N)</translation>
    </message>
    <message>
        <source>Click the margin (or press F9) to stop playing when a thread reaches a line.</source>
        <translation>Clic sul margine (o F9) per fermare la riproduzione quando un thread raggiunge una riga.</translation>
    </message>
    <message>
        <source>A workload has no program source: open a .py scenario to watch its threads&apos; lines.</source>
        <translation>Un carico di lavoro non ha sorgente: aprire uno scenario .py per seguire le righe dei suoi thread.</translation>
    </message>
</context>
<context>
    <name>ts::ui::SweepChart</name>
    <message>
        <source>Quantum</source>
        <translation>Quanto</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Context switch cost</source>
        <translation>Costo del cambio di contesto</translation>
    </message>
    <message>
        <source>Thread switch cost</source>
        <translation>Costo del cambio di thread</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seme</translation>
    </message>
    <message>
        <source>Instruction cost</source>
        <translation>Costo per istruzione</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ts::ui::SweepTable</name>
    <message>
        <source>Printed after &quot;%1&quot;</source>
        <translation>Stampato dopo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Atteso</translation>
    </message>
    <message>
        <source>Lost updates</source>
        <translation>Aggiornamenti persi</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>Cambi</translation>
    </message>
    <message>
        <source>CPU util. (%)</source>
        <translation>Uso CPU (%)</translation>
    </message>
    <message>
        <source>End (%1)</source>
        <translation>Fine (%1)</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Last output line</source>
        <translation>Ultima riga di output</translation>
    </message>
</context>
<context>
    <name>ts::ui::SyncCardsView</name>
    <message>
        <source>No locks, semaphores, events, conditions, barriers or queues exist at this time.</source>
        <translation>In questo istante non esistono lock, semafori, eventi, condizioni, barriere o code.</translation>
    </message>
</context>
<context>
    <name>ts::ui::ThreadTablePanel</name>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processo</translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>Daemon</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation>Attende</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>Tempo di CPU</translation>
    </message>
    <message>
        <source>(on CPU %1)</source>
        <translation>(sulla CPU %1)</translation>
    </message>
    <message>
        <source>a CPU</source>
        <translation>una CPU</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>The level of its queue under mlfq: 0 is the top, with the shortest quantum</source>
        <translation>Il livello della sua coda con mlfq: 0 è quello in cima, con il quanto più breve</translation>
    </message>
</context>
<context>
    <name>ts::ui::WorkloadGeneratorDialog</name>
    <message>
        <source>I/O bursts between the CPU bursts</source>
        <translation>Burst di I/O tra i burst di CPU</translation>
    </message>
    <message>
        <source>Priorities from</source>
        <translation>Priorità da</translation>
    </message>
    <message>
        <source>Generate a random workload</source>
        <translation>Genera un carico di lavoro casuale</translation>
    </message>
    <message>
        <source>all at time 0</source>
        <translation>tutti al tempo 0</translation>
    </message>
    <message>
        <source>uniform over a window of</source>
        <translation>uniformi in una finestra di</translation>
    </message>
    <message>
        <source>Poisson, mean gap</source>
        <translation>Poisson, intervallo medio</translation>
    </message>
    <message>
        <source>CPU bursts per process; with I/O, an I/O burst between each two</source>
        <translation>Burst di CPU per processo; con I/O, un burst di I/O tra ogni coppia</translation>
    </message>
    <message>
        <source>e.g. 4ms (rr, mlfq and lottery need one)</source>
        <translation>es. 4ms (rr, mlfq e lottery ne richiedono uno)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processi</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seme</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivi</translation>
    </message>
    <message>
        <source>CPU bursts</source>
        <translation>Burst di CPU</translation>
    </message>
    <message>
        <source>I/O bursts</source>
        <translation>Burst di I/O</translation>
    </message>
    <message>
        <source>CPU bursts per process</source>
        <translation>Burst di CPU per processo</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politica</translation>
    </message>
    <message>
        <source>quantum</source>
        <translation>quanto</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Unit of the file</source>
        <translation>Unità del file</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Anteprima:</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fissa</translation>
    </message>
    <message>
        <source>exponential</source>
        <translation>esponenziale</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>uniforme</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>length</source>
        <translation>durata</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>minimo</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>massimo</translation>
    </message>
    <message>
        <source>standard deviation</source>
        <translation>deviazione standard</translation>
    </message>
    <message>
        <source>CPU burst</source>
        <translation>Burst di CPU</translation>
    </message>
    <message>
        <source>I/O burst</source>
        <translation>Burst di I/O</translation>
    </message>
    <message>
        <source>Quantum</source>
        <translation>Quanto</translation>
    </message>
    <message>
        <source>A field cannot be read</source>
        <translation>Un campo non può essere letto</translation>
    </message>
    <message>
        <source>Command line: %1</source>
        <translation>Riga di comando: %1</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>processi</translation>
    </message>
    <message>
        <source>periodic tasks</source>
        <translation>task periodici</translation>
    </message>
    <message>
        <source>Periodic tasks: a real-time task set to compare rm and edf</source>
        <translation>Task periodici: un insieme di task in tempo reale per confrontare rm ed edf</translation>
    </message>
    <message>
        <source>The tasks&apos; total share of the CPU, split among them at random; at most 1 each</source>
        <translation>L&apos;utilizzo totale della CPU da parte dei task, diviso a caso tra loro; al massimo 1 ciascuno</translation>
    </message>
    <message>
        <source>shortest</source>
        <translation>minimo</translation>
    </message>
    <message>
        <source>longest</source>
        <translation>massimo</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Genera</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Total utilisation</source>
        <translation>Utilizzo totale</translation>
    </message>
    <message>
        <source>Periods from</source>
        <translation>Periodi da</translation>
    </message>
    <message>
        <source>Shortest period</source>
        <translation>Periodo minimo</translation>
    </message>
    <message>
        <source>Longest period</source>
        <translation>Periodo massimo</translation>
    </message>
</context>
<context>
    <name>ts::ui::WorkloadTableEditor</name>
    <message>
        <source>&amp;Add process</source>
        <translation>&amp;Aggiungi processo</translation>
    </message>
    <message>
        <source>&amp;Remove process</source>
        <translation>&amp;Rimuovi processo</translation>
    </message>
    <message>
        <source>Add a process after the selected one</source>
        <translation>Aggiunge un processo dopo quello selezionato</translation>
    </message>
    <message>
        <source>Remove the selected processes</source>
        <translation>Rimuove i processi selezionati</translation>
    </message>
</context>
<context>
    <name>ts::ui::WorkloadTableModel</name>
    <message>
        <source>Edit this process&apos;s threads or program in the file&apos;s text</source>
        <translation>I thread o il programma di questo processo si modificano nel testo del file</translation>
    </message>
</context>
</TS>
