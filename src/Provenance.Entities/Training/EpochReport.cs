namespace Provenance.Entities.Training;

/// <summary>Progress after one training pass: token errors on the training data and, with development data, its scores.</summary>
public sealed record EpochReport(int Epoch, int Epochs, int TrainingTokens, int TrainingErrors, ConllScore? Development, TimeSpan Elapsed)
{
    public double TrainingAccuracy => TrainingTokens == 0 ? 0 : 1 - ((double)TrainingErrors / TrainingTokens);
}
