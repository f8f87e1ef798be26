/**
 * Jeff Dean's "Numbers Everyone Should Know", as shown in his LADIS 2009 keynote. Dated: they
 * describe 2009 hardware and have no line for SSDs or modern networks, so pages use them for
 * ratios and orders of magnitude, never as current measurements.
 */
export interface ReferenceSource {
	title: string;
	url: string;
	year: number;
}

export interface LatencyFigure {
	/** The operation, in the slide's terms. */
	operation: string;
	/** Latency in nanoseconds. */
	ns: number;
}

/**
 * Which version this is: Dean's own 2009 slide. Lists circulated later under "latency numbers every
 * programmer should know" add lines (SSD reads among them) that are not on this slide; they are not used here.
 */
export const LATENCY_VERSION = 'LADIS 2009 slide';

export const LATENCY_SOURCE: ReferenceSource = {
	title:
		'Jeff Dean, "Designs, Lessons and Advice from Building Large Distributed Systems", LADIS 2009 keynote, slide "Numbers Everyone Should Know"',
	url: 'http://www.cs.cornell.edu/projects/ladis2009/talks/dean-keynote-ladis2009.pdf',
	year: 2009,
};

export const LATENCY_NUMBERS: readonly LatencyFigure[] = [
	{ operation: 'L1 cache reference', ns: 0.5 },
	{ operation: 'Branch mispredict', ns: 5 },
	{ operation: 'L2 cache reference', ns: 7 },
	{ operation: 'Mutex lock/unlock', ns: 25 },
	{ operation: 'Main memory reference', ns: 100 },
	{ operation: 'Compress 1 KB with a fast compressor (Zippy)', ns: 3_000 },
	{ operation: 'Send 2 KB over a 1 Gbps network', ns: 20_000 },
	{ operation: 'Read 1 MB sequentially from memory', ns: 250_000 },
	{ operation: 'Round trip within the same datacenter', ns: 500_000 },
	{ operation: 'Disk seek', ns: 10_000_000 },
	{ operation: 'Read 1 MB sequentially from disk', ns: 20_000_000 },
	{ operation: 'Send a packet California → Netherlands → California', ns: 150_000_000 },
];
