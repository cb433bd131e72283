namespace Lantern.Actions.Internal;

/// <summary>An action phrase found in a sentence's tokens: [First, Last] inclusive, with its class after figurative objects and softeners.</summary>
internal sealed record ActionMatch(int First, int Last, ActionClass Class, int? Softener, int? TargetFirst, int? TargetLast);
