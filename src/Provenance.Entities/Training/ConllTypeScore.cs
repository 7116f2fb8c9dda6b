namespace Provenance.Entities.Training;

/// <summary>Counts and precision/recall/F1 of exact-match spans of one type (or "overall").</summary>
public sealed record ConllTypeScore(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
